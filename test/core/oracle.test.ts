// Differential test: the indicators of docs/indicators.md recomputed naively from the true values, against the core on messy spellings of them.
import fc from 'fast-check';
import { buildInMemory } from '../support/run';
import {
  CATEGORIES, COURSE_TOPICS, DEFICIT_TYPES, DISTRICT_ITEM_KINDS, EVENT_KINDS, EVENT_LEVELS, EVENT_RESULTS, IOM, MENTORING, PROGRAM_KINDS,
  PROVIDER_TYPES, SCHOOL_KINDS, STUDY_FORMS, SUBJECTS,
} from '../../src/core/catalogue/lists';
import type { CellValue } from '../../src/core/cells';
import { toSerial } from '../../src/core/dates';
import { toSummary } from '../../src/core/summary';
import type { SheetData } from '../../src/core/table';
import { COURSE_HEADER, EVENT_HEADER, parameters, PERIOD_2021, sheet, TODAY, TEACHER_HEADER, type Row } from '../support/district';
import { districtOracle, growthOracle, staffOf, type GrowthItem, type GrowthSchool } from './oracleGrowth';

// The true values of one teacher, as docs/indicators.md defines them (ISO dates, booleans, list values).
interface TrueCourse {
  kind: string; providerType: string; form: string; end: string; targeted: boolean | null; pedagogical: boolean | null; satisfaction: number | null;
  hours: number; topic: string | null; addressed: string[];
}
interface TrueEvent { kind: string; level: string; date: string; result: string | null }
interface TrueTeacher {
  name: string; subjects: string[]; birth: number; experience: number; profile: boolean | null; category: string | null; partTime: boolean | null;
  diagnostics: string | null; deficits: string[]; iom: string | null; mentoring: string | null;
  active: boolean | null; network: boolean | null; expert: boolean | null; innovation: boolean | null;
  courses: TrueCourse[]; events: TrueEvent[];
  attestation: string; overcome: string[]; overcomeDate: string | null; request: string[]; left: string | null;
}

const END = '2021-08-31';
const START = '2020-09-01';
// Dates around every boundary that matters: the 3-year windows, the plan window, the period itself.
const EDGE_DATES = ['2018-08-31', '2018-09-01', '2019-08-31', '2019-09-01', '2020-08-31', '2020-09-01', '2021-08-31', '2021-09-01'];
const isoDay = fc.oneof(
  fc.constantFrom(...EDGE_DATES),
  fc.integer({ min: toSerial('2016-01-01'), max: toSerial('2022-03-01') }).map((s) => new Date(Date.UTC(1899, 11, 30) + s * 86400000).toISOString().slice(0, 10)),
);
const bool = fc.constantFrom<boolean | null>(true, false, null);
const pick = <T,>(values: readonly T[]) => fc.constantFrom(...values);

const trueTeacher = (name: string): fc.Arbitrary<TrueTeacher> => fc.record({
  name: fc.constant(name),
  subjects: fc.subarray([...SUBJECTS], { maxLength: 2 }),
  birth: fc.integer({ min: 1950, max: 2003 }),
  experience: fc.integer({ min: 0, max: 5 }),
  profile: bool, category: fc.option(pick(CATEGORIES), { nil: null }), partTime: bool,
  diagnostics: fc.option(isoDay, { nil: null }),
  deficits: fc.subarray([...DEFICIT_TYPES], { maxLength: 3 }),
  iom: fc.option(pick(IOM), { nil: null }), mentoring: fc.option(pick(MENTORING), { nil: null }),
  active: bool, network: bool, expert: bool, innovation: bool,
  courses: fc.array(fc.record({
    kind: pick(PROGRAM_KINDS), providerType: pick(PROVIDER_TYPES), form: pick(STUDY_FORMS), end: isoDay,
    targeted: bool, pedagogical: bool, satisfaction: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
    hours: fc.constantFrom(1, 15, 16), topic: fc.option(pick(COURSE_TOPICS), { nil: null }), addressed: fc.subarray([...DEFICIT_TYPES], { maxLength: 2 }),
  }), { maxLength: 3 }),
  attestation: fc.constantFrom('2020-08-31', '2020-09-01', '2021-08-31', '2019-03-15'),
  overcome: fc.subarray([...DEFICIT_TYPES], { maxLength: 3 }), overcomeDate: fc.option(isoDay, { nil: null }),
  request: fc.subarray([...COURSE_TOPICS], { maxLength: 2 }),
  left: fc.option(isoDay.filter((d) => d <= END), { nil: null, freq: 4 }),
  events: fc.array(fc.record({ kind: pick(EVENT_KINDS), level: pick(EVENT_LEVELS), date: isoDay, result: fc.option(pick(EVENT_RESULTS), { nil: null }) }), { maxLength: 3 }),
});

// How schools really type the same values: case, spaces, look-alikes, да/нет spellings, date forms.
const lookalike = (s: string) => s.replace(/а/g, 'a').replace(/о/g, 'o').replace(/е/g, 'e');
function spellList(v: string | null, variant: number): CellValue {
  if (v === null) return null;
  return [v, v.toUpperCase(), `  ${v}  `, lookalike(v)][variant % 4];
}
function spellBool(v: boolean | null, variant: number): CellValue {
  if (v === null) return null;
  return (v ? ['да', 'Да', '+', 1, true, 'дa'] : ['нет', 'НЕТ', '-', 0, false, 'нeт'])[variant % 6];
}
function spellDate(iso: string | null, variant: number): CellValue {
  if (iso === null) return null;
  const [y, m, d] = iso.split('-');
  return [new Date(`${iso}T00:00:00Z`), `${d}.${m}.${y}`, iso, toSerial(iso)][variant % 4];
}

function cells(t: TrueTeacher, v: number): { teacher: Row; courses: Row[]; events: Row[] } {
  return {
    teacher: {
      ФИО: v % 3 === 0 ? ` ${t.name.toUpperCase()} ` : t.name, Должность: 'учитель', Предмет: t.subjects.map((s, i) => spellList(s, v + i)).join(v % 2 ? '; ' : ','),
      'Год рождения': v % 2 ? t.birth : `${t.birth}`, 'Педагогический стаж': v % 2 ? t.experience : `${t.experience},0`,
      'Соответствие профилю': spellBool(t.profile, v), Категория: spellList(t.category, v), Совместитель: spellBool(t.partTime, v + 1),
      'Дата аттестации': spellDate(t.attestation, v),
      'Дефициты преодолены': t.overcome.join(v % 2 ? ', ' : '; '), 'Дата повторной диагностики': spellDate(t.overcomeDate, v + 1),
      'Запрос на ПК: тематика': t.request.map((r, k) => spellList(r, v + k)).join('; '), 'Дата увольнения': spellDate(t.left, v + 2),
      'Диагностика дефицитов': spellDate(t.diagnostics, v), 'Выявленные дефициты': t.deficits.join('; ') || (v % 2 ? 'нет' : null),
      ИОМ: spellList(t.iom, v + 2), Наставничество: spellList(t.mentoring, v + 3),
      'Методический актив': spellBool(t.active, v + 2), 'Сетевое сообщество': spellBool(t.network, v + 3),
      'Эксперт ГИА': spellBool(t.expert, v + 4), 'Инновационная деятельность': spellBool(t.innovation, v + 5),
    },
    courses: t.courses.map((c, i) => ({
      ФИО: i % 2 ? t.name.toLowerCase() : t.name, 'Вид программы': spellList(c.kind, v + i), 'Название программы': 'Программа', Организация: 'Институт',
      'Тип организации': spellList(c.providerType, v + i + 1), Часы: c.hours === 16 && c.kind !== 'повышение квалификации' ? 260 : c.hours,
      Тематика: spellList(c.topic, v + i), 'Устраняемый дефицит': c.addressed.map((d, k) => spellList(d, v + k)).join('; '),
      'Форма обучения': spellList(c.form, v + i + 2), 'Дата окончания': spellDate(c.end, v + i), Адресная: spellBool(c.targeted, v + i),
      'Педагогической направленности': spellBool(c.pedagogical, v + i + 1), 'Удовлетворенность, %': c.satisfaction,
    })),
    events: t.events.map((e, i) => ({
      ФИО: t.name, Вид: spellList(e.kind, v + i), Уровень: spellList(e.level, v + i + 1), Название: 'Мероприятие',
      Дата: spellDate(e.date, v + i + 2), Результат: spellList(e.result, v + i + 3),
    })),
  };
}

type Fig = { value: number } | { numerator: number; denominator: number; value: number | null };
const share = (n: number, d: number): Fig => ({ numerator: n, denominator: d, value: d === 0 ? null : Math.round((n / d) * 10000) / 10000 });

/** docs/indicators.md, line by line, with no code shared with the core. */
function oracle(ts: TrueTeacher[]): Record<string, Fig> {
  const inPeriod = (d: string) => d >= START && d <= END;
  const age = (t: TrueTeacher) => 2021 - t.birth;
  const young = (t: TrueTeacher) => age(t) <= 35 && t.experience < 3;
  const diag = (t: TrueTeacher) => (t.diagnostics !== null && t.diagnostics <= END ? t.diagnostics : null);
  const counted = (t: TrueTeacher) => t.courses.filter((c) => c.end <= END);
  const pcs = (t: TrueTeacher) => counted(t).filter((c) => inPeriod(c.end));
  const pes = (t: TrueTeacher) => t.events.filter((e) => inPeriod(e.date));
  const n = (pred: (t: TrueTeacher) => boolean) => ts.filter(pred).length;
  const T = ts.length;
  const f: Record<string, Fig> = {
    K1: { value: T },
    K2: share(n(young), T),
    K3: share(n((t) => age(t) >= 60), T),
    K4: share(n((t) => t.partTime === true), T),
    K5: share(n((t) => t.profile === true), T),
    K6: share(n((t) => ['высшая', 'первая', 'педагог-методист', 'педагог-наставник'].includes(t.category ?? '')), T),
    PK1: share(n((t) => pcs(t).length > 0), T),
    PK2: { value: n((t) => pcs(t).some((c) => c.providerType === 'региональный ИРО/ИПК')) },
    PK3: share(n((t) => counted(t).some((c) => c.end > '2018-08-31')), T),
    PK4: { value: n((t) => !counted(t).some((c) => c.end > '2019-08-31')) },
    PK5: share(n((t) => pcs(t).some((c) => c.form === 'дистанционная')), T),
    PK6: share(n((t) => pcs(t).some((c) => c.targeted === true)), T),
    PK7: { value: n((t) => pcs(t).some((c) => c.kind === 'повышение квалификации' && c.targeted === true && diag(t) !== null && (diag(t) as string) <= c.end)) },
    PK8: share(n((t) => pcs(t).some((c) => c.kind === 'профессиональная переподготовка' && c.pedagogical === true)),
      n((t) => pcs(t).some((c) => c.kind === 'профессиональная переподготовка'))),
    PK9: share(ts.flatMap(pcs).reduce((s, c) => s + (c.satisfaction ?? 0), 0), ts.flatMap(pcs).filter((c) => c.satisfaction !== null).length),
    D1: share(n((t) => diag(t) !== null && (diag(t) as string) > '2018-08-31'), T),
    I1: share(n((t) => t.iom === 'разработан на основе диагностики'), n((t) => t.iom !== null && t.iom !== 'нет')),
    M1: share(n((t) => young(t) && t.mentoring === 'наставляемый'), n(young)),
    M2: share(n((t) => t.mentoring === 'наставник' || t.mentoring === 'наставляемый'), T),
    A1: share(n((t) => t.active === true), T),
    A2: share(n((t) => t.network === true), T),
    A3: { value: n((t) => t.expert === true) },
    A4: share(n((t) => t.innovation === true), T),
    E1: { value: ts.flatMap(pes).filter((e) => e.kind === 'открытый урок' || e.kind === 'мастер-класс').length },
    E2: { value: n((t) => pes(t).some((e) => e.kind === 'конкурс профессионального мастерства')) },
    E3: { value: n((t) => pes(t).some((e) => e.kind === 'конкурс профессионального мастерства' && (e.result === 'призер' || e.result === 'победитель'))) },
    E4: { value: n((t) => pes(t).some((e) => ['открытый урок', 'мастер-класс', 'выступление на МО/семинаре', 'публикация'].includes(e.kind) && e.level !== 'школьный')) },
    E5: { value: n((t) => young(t) && pes(t).some((e) => e.kind === 'работа в жюри')) },
  };
  for (const s of SUBJECTS) f[`D1:${s}`] = share(n((t) => t.subjects.includes(s) && diag(t) !== null && (diag(t) as string) > '2018-08-31'), n((t) => t.subjects.includes(s)));
  for (const d of DEFICIT_TYPES) f[`D2:${d}`] = { value: n((t) => t.deficits.includes(d)) };
  return f;
}

// Issue 10's columns, after the first ones: a workbook set up again by «Настроить таблицу».
const TEACHERS = [...TEACHER_HEADER, 'Дефициты преодолены', 'Дата повторной диагностики', 'Запрос на ПК: тематика', 'Дата увольнения'];
const COURSES = [...COURSE_HEADER, 'Тематика', 'Устраняемый дефицит'];
const REGISTRY = ['Код', 'Краткое наименование', 'Вид', 'Ниже порога ВПР, %', 'Ниже порога ОГЭ, %', 'Ниже порога ЕГЭ, %', 'Низкие результаты', 'Признаки необъективности'];
const DISTRICT = ['Вид', 'Название', 'Участников', 'Программа поддержки', 'ОО', 'Дата'];
const percent = fc.option(fc.integer({ min: 0, max: 100 }), { nil: null });
const trueSchool = (code: string): fc.Arbitrary<GrowthSchool & { kind: string }> => fc.record({
  code: fc.constant(code), kind: pick(SCHOOL_KINDS), vpr: percent, oge: percent, ege: percent, low: bool, biased: bool,
});
const trueItem: fc.Arbitrary<GrowthItem> = fc.record({
  kind: pick(DISTRICT_ITEM_KINDS), members: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }), support: bool,
  school: fc.option(fc.constantFrom('01', '02', '99'), { nil: null }), date: fc.option(isoDay, { nil: null }),
});

const KIND_GROUPS: Record<string, string[]> = {
  школы: ['СОШ', 'ООШ', 'НОШ', 'гимназия', 'лицей'], ДОУ: ['ДОУ'], УДО: ['УДО'], 'другие и без вида': ['другое'],
};

const schoolOf = (prefix: string) => fc.integer({ min: 1, max: 7 }).chain((k) =>
  fc.tuple(...Array.from({ length: k }, (_, i) => trueTeacher(`${prefix} Педагог ${i + 1}`))));

test('показатели ядра на «грязном» вводе совпадают с наивным пересчётом по методике (ОО и район)', () => {
  const facts = fc.tuple(fc.tuple(trueSchool('01'), trueSchool('02')), fc.array(trueItem, { maxLength: 8 }));
  fc.assert(fc.property(fc.tuple(schoolOf('Ёлкина'), schoolOf('Петров')), facts, fc.nat(), (schools, [info, items], variant) => {
    const codes = ['01', '02'];
    const registry = sheet('ОО', REGISTRY, info.map((s, i) => ({
      Код: s.code, 'Краткое наименование': `ОО ${s.code}`, Вид: spellList(s.kind, variant + i), 'Ниже порога ВПР, %': s.vpr,
      'Ниже порога ОГЭ, %': s.oge === null ? null : `${s.oge}`, 'Ниже порога ЕГЭ, %': s.ege, 'Низкие результаты': spellBool(s.low, variant + i),
      'Признаки необъективности': spellBool(s.biased, variant + i + 1),
    })));
    const district = sheet('Район', DISTRICT, items.map((x, i) => ({
      Вид: spellList(x.kind, variant + i), Название: 'Строка', Участников: x.members, 'Программа поддержки': spellBool(x.support, variant + i),
      ОО: x.school, Дата: spellDate(x.date, variant + i),
    })));
    const sheets: SheetData[] = [parameters(PERIOD_2021), registry, district];
    schools.forEach((ts, i) => {
      const rows = ts.map((t, j) => cells(t, variant + j));
      sheets.push(
        sheet(`${codes[i]} Педагоги`, TEACHERS, rows.map((r) => r.teacher)),
        sheet(`${codes[i]} Курсы`, COURSES, rows.flatMap((r) => r.courses)),
        sheet(`${codes[i]} Мероприятия`, EVENT_HEADER, rows.flatMap((r) => r.events)),
      );
    });
    const summary = toSummary(buildInMemory(sheets, TODAY));
    // Only warnings may appear: every spelling above is valid input (a repeat diagnostics before the first is a true error).
    const errors = new Set(['course_end_invalid', 'overcome_before_diagnostics']);
    expect(summary.issues.filter((i) => i.severity === 'error' && !errors.has(i.code))).toEqual([]);
    schools.forEach((ts, i) => expect(summary.schools[i].indicators).toEqual({ ...oracle(staffOf(ts)), ...growthOracle(ts, [info[i]]) }));
    expect(summary.district.indicators).toEqual({
      ...oracle(staffOf(schools.flat())), ...growthOracle(schools.flat(), info), ...districtOracle(items, info),
    });
    const groups = Object.entries(KIND_GROUPS).flatMap(([kind, kinds]) => {
      const at = info.map((s, i) => i).filter((i) => kinds.includes(info[i].kind));
      if (at.length === 0) return [];
      const ts = at.flatMap((i) => schools[i]);
      const indicators = { ...oracle(staffOf(ts)), ...growthOracle(ts, at.map((i) => info[i])) };
      return [{ kind, schools: at.length, submitted: at.length, indicators }];
    });
    expect(summary.byKind).toEqual(groups);
  }), { numRuns: 150 });
});
