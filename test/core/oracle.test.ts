// Differential test: the indicators of docs/indicators.md recomputed naively from the true values, against
// the core on messy spellings of them.
import fc from 'fast-check';
import { buildInMemory } from '../support/run';
import { DEFICIT_TYPES, SUBJECTS } from '../../src/core/catalogue/lists';
import { toSummary } from '../../src/core/summary';
import type { SheetData } from '../../src/core/table';
import { EVENT_HEADER, parameters, PERIOD_2021, sheet, TODAY } from '../support/district';
import {
  END,
  START,
  spellList,
  spellBool,
  spellDate,
  cells,
  type TrueTeacher,
  TEACHERS,
  COURSES,
  REGISTRY,
  DISTRICT,
  trueSchool,
  trueItem,
  KIND_GROUPS,
  schoolOf,
} from './oracleInput';
import { districtOracle, growthOracle, staffOf } from './oracleGrowth';

type Fig = { value: number } | { numerator: number; denominator: number; value: number | null };
const share = (n: number, d: number): Fig => ({
  numerator: n,
  denominator: d,
  value: d === 0 ? null : Math.round((n / d) * 10000) / 10000,
});

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
    K3: share(
      n((t) => age(t) >= 60),
      T,
    ),
    K4: share(
      n((t) => t.partTime === true),
      T,
    ),
    K5: share(
      n((t) => t.profile === true),
      T,
    ),
    K6: share(
      n((t) => ['высшая', 'первая', 'педагог-методист', 'педагог-наставник'].includes(t.category ?? '')),
      T,
    ),
    PK1: share(
      n((t) => pcs(t).length > 0),
      T,
    ),
    PK2: { value: n((t) => pcs(t).some((c) => c.providerType === 'региональный ИРО/ИПК')) },
    PK3: share(
      n((t) => counted(t).some((c) => c.end > '2018-08-31')),
      T,
    ),
    PK4: { value: n((t) => !counted(t).some((c) => c.end > '2019-08-31')) },
    PK5: share(
      n((t) => pcs(t).some((c) => c.form === 'дистанционная')),
      T,
    ),
    PK6: share(
      n((t) => pcs(t).some((c) => c.targeted === true)),
      T,
    ),
    PK7: {
      value: n((t) =>
        pcs(t).some(
          (c) =>
            c.kind === 'повышение квалификации'
            && c.targeted === true
            && diag(t) !== null
            && (diag(t) as string) <= c.end,
        ),
      ),
    },
    PK8: share(
      n((t) => pcs(t).some((c) => c.kind === 'профессиональная переподготовка' && c.pedagogical === true)),
      n((t) => pcs(t).some((c) => c.kind === 'профессиональная переподготовка')),
    ),
    PK9: share(
      ts.flatMap(pcs).reduce((s, c) => s + (c.satisfaction ?? 0), 0),
      ts.flatMap(pcs).filter((c) => c.satisfaction !== null).length,
    ),
    D1: share(
      n((t) => diag(t) !== null && (diag(t) as string) > '2018-08-31'),
      T,
    ),
    I1: share(
      n((t) => t.iom === 'разработан на основе диагностики'),
      n((t) => t.iom !== null && t.iom !== 'нет'),
    ),
    M1: share(
      n((t) => young(t) && t.mentoring === 'наставляемый'),
      n(young),
    ),
    M2: share(
      n((t) => t.mentoring === 'наставник' || t.mentoring === 'наставляемый'),
      T,
    ),
    A1: share(
      n((t) => t.active === true),
      T,
    ),
    A2: share(
      n((t) => t.network === true),
      T,
    ),
    A3: { value: n((t) => t.expert === true) },
    A4: share(
      n((t) => t.innovation === true),
      T,
    ),
    E1: { value: ts.flatMap(pes).filter((e) => e.kind === 'открытый урок' || e.kind === 'мастер-класс').length },
    E2: { value: n((t) => pes(t).some((e) => e.kind === 'конкурс профессионального мастерства')) },
    E3: {
      value: n((t) =>
        pes(t).some(
          (e) =>
            e.kind === 'конкурс профессионального мастерства' && (e.result === 'призер' || e.result === 'победитель'),
        ),
      ),
    },
    E4: {
      value: n((t) =>
        pes(t).some(
          (e) =>
            ['открытый урок', 'мастер-класс', 'выступление на МО/семинаре', 'публикация'].includes(e.kind)
            && e.level !== 'школьный',
        ),
      ),
    },
    E5: { value: n((t) => young(t) && pes(t).some((e) => e.kind === 'работа в жюри')) },
  };
  for (const s of SUBJECTS)
    f[`D1:${s}`] = share(
      n((t) => t.subjects.includes(s) && diag(t) !== null && (diag(t) as string) > '2018-08-31'),
      n((t) => t.subjects.includes(s)),
    );
  for (const d of DEFICIT_TYPES) f[`D2:${d}`] = { value: n((t) => t.deficits.includes(d)) };
  return f;
}

test('показатели ядра на «грязном» вводе совпадают с наивным пересчётом по методике (ОО и район)', () => {
  const facts = fc.tuple(fc.tuple(trueSchool('01'), trueSchool('02')), fc.array(trueItem, { maxLength: 8 }));
  fc.assert(
    fc.property(
      fc.tuple(schoolOf('Ёлкина'), schoolOf('Петров')),
      facts,
      fc.nat(),
      (schools, [info, items], variant) => {
        const codes = ['01', '02'];
        const registry = sheet(
          'ОО',
          REGISTRY,
          info.map((s, i) => ({
            Код: s.code,
            'Краткое наименование': `ОО ${s.code}`,
            Вид: spellList(s.kind, variant + i),
            'Ниже порога ВПР, %': s.vpr,
            'Ниже порога ОГЭ, %': s.oge === null ? null : `${s.oge}`,
            'Ниже порога ЕГЭ, %': s.ege,
            'Низкие результаты': spellBool(s.low, variant + i),
            'Признаки необъективности': spellBool(s.biased, variant + i + 1),
          })),
        );
        const district = sheet(
          'Район',
          DISTRICT,
          items.map((x, i) => ({
            Вид: spellList(x.kind, variant + i),
            Название: 'Строка',
            Участников: x.members,
            'Программа поддержки': spellBool(x.support, variant + i),
            ОО: x.school,
            Дата: spellDate(x.date, variant + i),
          })),
        );
        const sheets: SheetData[] = [parameters(PERIOD_2021), registry, district];
        schools.forEach((ts, i) => {
          const rows = ts.map((t, j) => cells(t, variant + j));
          sheets.push(
            sheet(
              `${codes[i]} Педагоги`,
              TEACHERS,
              rows.map((r) => r.teacher),
            ),
            sheet(
              `${codes[i]} Курсы`,
              COURSES,
              rows.flatMap((r) => r.courses),
            ),
            sheet(
              `${codes[i]} Мероприятия`,
              EVENT_HEADER,
              rows.flatMap((r) => r.events),
            ),
          );
        });
        const summary = toSummary(buildInMemory(sheets, TODAY));
        // Only warnings may appear: every spelling above is valid input (a repeat diagnostics before the first is a
        // true error).
        const errors = new Set(['course_end_invalid', 'overcome_before_diagnostics']);
        expect(summary.issues.filter((i) => i.severity === 'error' && !errors.has(i.code))).toEqual([]);
        schools.forEach((ts, i) =>
          expect(summary.schools[i].indicators).toEqual({ ...oracle(staffOf(ts)), ...growthOracle(ts, [info[i]]) }),
        );
        expect(summary.district.indicators).toEqual({
          ...oracle(staffOf(schools.flat())),
          ...growthOracle(schools.flat(), info),
          ...districtOracle(items, info),
        });
        const groups = Object.entries(KIND_GROUPS).flatMap(([kind, kinds]) => {
          const at = info.map((s, i) => i).filter((i) => kinds.includes(info[i].kind));
          if (at.length === 0) return [];
          const ts = at.flatMap((i) => schools[i]);
          const indicators = {
            ...oracle(staffOf(ts)),
            ...growthOracle(
              ts,
              at.map((i) => info[i]),
            ),
          };
          return [{ kind, schools: at.length, submitted: at.length, indicators }];
        });
        expect(summary.byKind).toEqual(groups);
      },
    ),
    { numRuns: 150 },
  );
});
