// Golden test on the bundled sample (samples/district.xlsx): every figure of the hand-typed school 09 worked out
// by hand. The sample file itself (messy as an export, regenerated, one file per ОО): sampleFile.test.ts.
import { join } from 'node:path';
import { COURSE_TOPICS } from '../../src/core/catalogue/lists';
import type { BuildResult } from '../../src/core/districtResult';
import { toSummary, type Summary } from '../../src/core/summary';
import { parseSummary } from '../../src/core/summarySchema';
import { buildFromXlsx } from '../../src/local/outputFolder';

// Reads and writes whole districts as .xlsx: seconds on a busy 2-core machine.
jest.setTimeout(120000);

const SAMPLE = join(__dirname, '..', '..', 'samples', 'district.xlsx');
const TODAY = '2021-09-15';

let summary: Summary;
let result: BuildResult;
beforeAll(async () => {
  result = (await buildFromXlsx(SAMPLE, TODAY)).result;
  summary = toSummary(result);
});

const school = (code: string) => summary.schools.find((s) => s.code === code)!;

describe('the sample district as a whole', () => {
  it('summary.json passes the zod schema of summary.json', () => {
    expect(() => parseSummary(JSON.parse(JSON.stringify(summary)))).not.toThrow();
  });

  it('has 15 schools, one of which did not submit', () => {
    expect(summary.schools).toHaveLength(15);
    expect(summary.schools.filter((s) => !s.submitted).map((s) => s.code)).toEqual(['15']);
  });

  it('has about 240 teachers, like the district of sample document 1', () => {
    const k1 = summary.district.indicators.K1.value as number;
    expect(k1).toBeGreaterThanOrEqual(220);
    expect(k1).toBeLessThanOrEqual(260);
  });

  it('for every school and sheet, rows read = rows used + rows excluded', () => {
    for (const s of summary.schools) {
      for (const [sheet, r] of Object.entries(s.rows))
        expect({ school: s.code, sheet, read: r.read }).toEqual({ school: s.code, sheet, read: r.used + r.excluded });
    }
  });

  it('K1 is exactly 244: 247 rows on «Педагоги» of the 14 submitted ОО, 2 repeated teachers and 1 row without a name', () => {
    const teacherRows = summary.schools.map((s) => s.rows.Педагоги);
    const total = (k: 'read' | 'used' | 'excluded') => teacherRows.reduce((n, r) => n + r[k], 0);
    const excluding = summary.issues.filter(
      (i) => i.sheet.endsWith('Педагоги') && (i.code === 'teacher_duplicate' || i.code === 'name_missing'),
    );
    expect(summary.district.indicators.K1).toEqual({ value: 244 });
    expect({ read: total('read'), used: total('used'), excluded: total('excluded') }).toEqual({
      read: 247,
      used: 244,
      excluded: 3,
    });
    expect(excluding.map((i) => i.code).sort()).toEqual(['name_missing', 'teacher_duplicate', 'teacher_duplicate']);
  });

  it("the district K1 is the sum of the schools' K1 (the not-submitted school adds nothing)", () => {
    const sum = summary.schools.reduce((n, s) => n + ((s.indicators.K1?.value as number | undefined) ?? 0), 0);
    expect(summary.district.indicators.K1.value).toBe(sum);
  });
});

/*
 * School 09 («МБОУ ООШ с. Анненково») is typed by hand in tools/sample/handmade.ts. Period 01.09.2020–31.08.2021,
 * year of period end 2021, cycle 3 years, young = age ≤ 35 and стаж < 3, pension age 60.
 *   valid qualification (PK3): course end in (31.08.2018; 31.08.2021];
 *   next period's plan (PK4): no course ending after 31.08.2019;
 *   current diagnostics (D1): date in (31.08.2018; 31.08.2021].
 *
 * `Педагоги` (rows 2–14; row 8 holds only spaces and is skipped silently):
 *   row  teacher  age stаж  young pension  category            diagnostics        subjects
 *   2    T1 Анисимова  31  2     yes  no   без категории       15.10.2020 (text)  Русский язык; Литература
 *   3    T2 Борисов    60  38    no   yes  высшая              31.08.2018 → not current (window is open at its start)
 *   4    T3 Волкова    36  14,5  no   no   «первaя» (Latin a) = первая; 01.09.2018 → current     Начальные классы
 *   5    T4 Гусева     22  0     yes  no   без категории       —                  Иностранный язык
 *   6    T5 Дмитриева  51  25    no   no   соответствие…       10.09.2021 → after period end: warning, not counted;
 * педагог-психолог
 *   7    T6 Егоров     27  5     no   no   первая (no attestation date: warning)   Физическая культура; ОБЗР
 *   9    duplicate of T2 (lower case, two spaces) → excluded
 *   10   no ФИО → excluded
 *   11   T8 Жукова     «1975 г.» is not a number → age unknown: neither young nor pension; высшая; 01.03.2020 (serial)
 * current; Химия; Биология
 *   12   T9 Зайцев     33  12    no   no   педагог-наставник   —                  (no subject: warning)
 *   13   T10 Иванова   55  30    no   no   первая              20.05.2019         Музыка («учительница» is not a
 * position: value dropped)
 *   14   T11 Ковалёва  24  1     yes  no   без категории       31.08.2021 → current (period end) История;
 * Обществознание
 *   T = 10 (T1–T6, T8–T11); read 12 = used 10 + excluded 2.
 *
 * `Курсы` (rows 2–16), columns «Дата окончания» before «Дата начала»:
 *   2  T1  ПК 20.11.2020 (text) ЦНППМ дистанционная, адресная, 95 %          → period
 *   3  T2  ПК 31.08.2018 ИРО                                                  → not valid (window open at start)
 *   4  T2  ПК 31.08.2019 (serial) иная                                        → valid; not after 31.08.2019, so T2 is
 * in the plan
 *   5  T3  ПК 31.08.2021 ЦНППМ очно-заочная, «100» %                          → period (end inclusive)
 *   6  T3  ПП 2020-09-01 (ISO text) федеральная заочная, пед. направленности  → period (start inclusive)
 *   7  T4  ПК 31.08.2020 ИРО, 80 %                                            → valid, not period
 *   8  «Гусевa» (Latin a) → unknown teacher, excluded
 *   9  «Петрова Светлана Ивановна» → unknown teacher, excluded
 *   10 T6  ends 01.09.2021 → after period end, excluded
 *   11 T8  ПК 15.04.2021 ИРО дистанционная, адресная, 90 %, 8 hours (a short course, PK14) → period
 *   12 T9  no end date → excluded
 *   13 T10 ends 01.05.2021 before its start 10.05.2021 → excluded
 *   14 T11 ПК 05.03.2021 ИРО очная, адресная, «восемьдесят» % (error: value dropped), № duplicates row 2 (warning) →
 * period
 *   15 T10 (typed in capitals with two spaces: same teacher) ПК 01.09.2018 → valid, not after 31.08.2019
 *   16 T5  ПП 30.06.2021 иная очно-заочная, not пед. направленности, 70 % → period
 *   read 15 = used 10 + excluded 5 (rows 8, 9, 10, 12, 13).
 *
 * `Мероприятия` (rows 2–14), headers in lower case:
 *   2 T1 открытый урок муниципальный 12.03.2021   3 T1 работа в жюри 20.10.2020   4 T3 мастер-класс школьный 15.01.2021
 *   5 T3 конкурс победитель 01.02.2021            6 T4 конкурс участник 01.03.2021  7 T4 жюри 15.08.2020 → outside
 * (warning)
 *   8 T2 публикация региональный 01.12.2020       9 T2 выступление муниципальный, no date (warning, not counted)
 *   10 «Соколов Иван Петрович» unknown → excluded 11 T11 вебинар всероссийский   12 T11 конкурс «призёр» 20.05.2021
 *   13 T6 открытый урок 2021-09-01 → outside (warning)  14 T9 мастер-класс «Региональный » 01.06.2021
 *   read 13 = used 12 + excluded 1.
 */
describe('school 09, worked out by hand from its sheet rows', () => {
  it('row counts of its three sheets', () => {
    expect(school('09').rows).toEqual({
      Педагоги: { read: 12, used: 10, excluded: 2 },
      Курсы: { read: 15, used: 10, excluded: 5 },
      Мероприятия: { read: 13, used: 12, excluded: 1 },
    });
  });

  const share = (numerator: number, denominator: number) => ({
    numerator,
    denominator,
    value: denominator === 0 ? null : Math.round((numerator / denominator) * 10000) / 10000,
  });
  const count = (value: number) => ({ value });

  const expected: Record<string, { value: number | null; numerator?: number; denominator?: number }> = {
    K1: count(10),
    K2: share(3, 10), // young: T1 (31, 2), T4 (22, 0), T11 (24, 1); T6 is 27 but стаж 5
    K3: share(1, 10), // pension age: T2 (60); T8's birth year is not a number
    K4: share(1, 10), // совместитель: T5
    K5: share(9, 10), // соответствие профилю: all but T5 («нет»); T2 typed TRUE, T8 «Да»
    K6: share(6, 10), // высшая T2, T8; первая T3 («первaя»), T6, T10; педагог-наставник T9
    PK1: share(5, 10), // period courses: T1 (row 2), T3 (5, 6), T8 (11), T11 (14), T5 (16)
    PK2: count(2), // period course at региональный ИРО/ИПК: T8 (11), T11 (14)
    // valid: T1, T2 (31.08.2019), T3, T4 (31.08.2020), T5, T8, T10 (01.09.2018), T11; not T6, T9 (their rows are
    // excluded)
    PK3: share(8, 10),
    PK4: count(4), // nothing after 31.08.2019: T2 (its last is exactly 31.08.2019), T6, T9, T10 (01.09.2018)
    PK5: share(2, 10), // period course дистанционная: T1, T8
    PK6: share(3, 10), // period course адресная: T1, T8, T11
    // period ПК адресная with diagnostics not after its end: T1 (15.10.2020 ≤ 20.11.2020), T8 (01.03.2020 ≤
    // 15.04.2021); T11's 31.08.2021 is after 05.03.2021
    PK7: count(2),
    PK8: share(1, 2), // period переподготовка: T3 (пед. направленности), T5 (not)
    PK9: share(355, 4), // satisfaction of period courses that have it: 95 + 100 + 90 + 70 (row 14's is not a number)
    D1: share(5, 10), // current diagnostics: T1, T3, T8, T10, T11
    'D1:Русский язык': share(1, 1), // T1
    'D1:Литература': share(1, 1), // T1
    'D1:Родной язык': share(0, 0),
    'D1:Иностранный язык': share(0, 1), // T4, no diagnostics
    'D1:Математика': share(0, 1), // T2, diagnostics exactly 3 years before period end
    'D1:Информатика': share(0, 1), // T2 («Математика, Информатика» separated by a comma)
    'D1:История': share(1, 1), // T11
    'D1:Обществознание': share(1, 1), // T11
    'D1:География': share(0, 0), // only the excluded row 10 teaches it
    'D1:Биология': share(1, 1), // T8
    'D1:Химия': share(1, 1), // T8
    'D1:Физика': share(0, 0),
    'D1:Музыка': share(1, 1), // T10 (a bad position does not remove the subject)
    'D1:ИЗО': share(0, 0),
    'D1:Технология': share(0, 0),
    'D1:Физическая культура': share(0, 1), // T6
    'D1:ОБЗР': share(0, 1), // T6
    'D1:Начальные классы': share(1, 1), // T3
    'D1:Дошкольное образование': share(0, 0),
    'D1:Другое': share(0, 0),
    'D2:предметные': count(1), // T3
    'D2:методические': count(2), // T1, T8
    'D2:психолого-педагогические': count(1), // T11
    'D2:коммуникативные': count(1), // T5 (named even though the diagnostics date is after the period)
    'D2:цифровые': count(2), // T1, T10
    I1: share(4, 7), // на основе диагностики: T1, T3, T8, T11 / ИОМ set and not «нет»: those + T2, T5, T10 (T6 empty)
    M1: share(2, 3), // young mentees: T1, T4 / young: T1, T4, T11
    M2: share(4, 10), // наставник T2, T9; наставляемый T1, T4
    A1: share(2, 10), // методический актив: T2, T8
    A2: share(5, 10), // сетевое сообщество: T1, T2 («+»), T5, T8, T10
    A3: count(1), // эксперт ГИА: T2
    A4: share(0, 10), // the column «Инновационная деятельность» is missing
    E1: count(3), // period open lessons and master classes: rows 2, 4, 14 (row 13 is after the period)
    E2: count(3), // contest participants: T3, T4, T11
    E3: count(2), // winners and prize-winners: T3 (победитель), T11 («призёр»)
    // municipal or higher lesson/master class/talk/publication: T1 (2), T2 (8), T9 (14); row 9 has no date
    E4: count(3),
    E5: count(1), // young in a jury in the period: T1; T4's jury was before the period
    // Issue 10: the sample has none of its columns, so these count what the first columns already say.
    K7: share(3, 3), // young T1, T4, T11 all stay: no «Дата увольнения» column
    K8: count(0),
    // attested in the period: T3 (10.02.2021, первая), T10 (11.11.2020, первая); T8's 31.02.2020 is not a date
    AT1: count(2),
    AT2: share(2, 10), // both first category
    'AT:высшая': count(0),
    'AT:первая': count(2),
    'AT:педагог-методист': count(0),
    'AT:педагог-наставник': count(0), // T9's 15.05.2020 is before the period
    'AT:соответствие занимаемой должности': count(0), // T5's 12.04.2016
    PK10: count(0), // no «Устраняемый дефицит» column
    PK11: share(0, 0),
    PK12: share(0, 10), // no «Тематика» column
    PK13: share(0, 10),
    PK14: count(1), // row 11: T8's 8-hour course in the period is a short course, not an error
    R1: count(0),
    R2: share(0, 4), // the plan's four teachers (PK4) have no request column
    D3: share(0, 7), // found deficits = Σ D2 = 1 + 2 + 1 + 1 + 2; none marked overcome
    D4: count(0),
    S1: count(0), // the registry has no result columns
    S2: count(0),
    S3: share(0, 0),
    S4: share(0, 0),
    S5: share(0, 0),
    ...Object.fromEntries(COURSE_TOPICS.map((t) => [`TM:${t}`, count(0)])),
  };

  it.each(Object.keys(expected))('%s', (code) => {
    expect(school('09').indicators[code]).toEqual(expected[code]);
  });

  it('has no indicator that the hand count above does not cover', () => {
    expect(Object.keys(school('09').indicators).sort()).toEqual(Object.keys(expected).sort());
  });

  it('reports each problem at its exact cell, and nothing else', () => {
    expect(
      summary.issues
        .filter((i) => i.sheet.startsWith('09 '))
        .map((i) => `${i.sheet}!${i.cell} ${i.severity} ${i.code}`),
    ).toEqual([
      '09 Педагоги!A1 warning column_unknown', // «№ п/п»
      '09 Педагоги!I1 warning column_retired', // «Образование» of an earlier template
      '09 Педагоги!S1 warning column_unknown', // «Телефон»
      '09 Педагоги!T1 warning column_missing_optional', // «Инновационная деятельность», first free column
      '09 Педагоги!H6 warning category_expired', // T5: 12.04.2016 + 5 years ≤ 31.08.2021
      '09 Педагоги!L6 warning diagnostics_after_period', // T5: 10.09.2021
      '09 Педагоги!H7 warning attestation_date_missing', // T6: первая without a date
      '09 Педагоги!B9 error teacher_duplicate',
      '09 Педагоги!B10 error name_missing',
      '09 Педагоги!C11 error not_a_number', // «1975 г.»
      '09 Педагоги!H11 error not_a_date', // 31.02.2020
      '09 Педагоги!F12 warning subject_missing', // T9, учитель without a subject
      '09 Педагоги!E13 error not_in_list', // «учительница»
      '09 Курсы!A8 error teacher_unknown',
      '09 Курсы!A9 error teacher_unknown',
      '09 Курсы!H10 error course_end_invalid', // after period end
      // 8 hours
      '09 Курсы!H12 error required_missing', // no end date
      '09 Курсы!H13 error course_end_invalid', // end before start
      '09 Курсы!L14 error not_a_number', // «восемьдесят»
      '09 Курсы!M14 warning certificate_duplicate', // «№ 582409001» = row 2's
      '09 Мероприятия!E7 warning event_outside_period',
      '09 Мероприятия!E9 warning event_date_missing',
      '09 Мероприятия!A10 error teacher_unknown',
      '09 Мероприятия!E13 warning event_outside_period',
    ]);
  });

  it('points the look-alike name at the teacher it resembles: by name for the school, by row in summary.json', () => {
    const own = result.issues.find((i) => i.sheet === '09 Курсы' && i.cell === 'A8')!.message;
    expect(own).toContain('«Гусева Марина Петровна» (строка 5)');
    const message = summary.issues.find((i) => i.sheet === '09 Курсы' && i.cell === 'A8')!.message;
    expect(message).toContain('Похоже на педагога из строки 5');
    expect(message).not.toContain('Гусева');
  });
});
