// Roll-up composes districts exactly: region = one district of all their schools; a roll-up of roll-ups = the flat one.
import fc from 'fast-check';
import { buildInMemory } from '../../support/run';
import { DEFICITS, IOM, MENTORING, PROGRAM_KINDS, STUDY_FORMS, SUBJECTS } from '../../../src/core/catalogue/lists';
import type { CellValue } from '../../../src/core/cells';
import { composeIndicators, rollUp } from '../../../src/core/rollup/compose';
import { toSummary, type Summary, type SummaryIndicator } from '../../../src/core/summary';
import type { SheetData } from '../../../src/core/table';
import {
  COURSE_HEADER,
  EVENT_HEADER,
  parameters,
  PERIOD_2021,
  registry,
  sheet,
  TEACHER_HEADER,
  TODAY,
  type Row,
} from '../../support/district';

const date = fc.integer({ min: 0, max: 6 * 365 }).map((d) => new Date(Date.UTC(2016, 0, 1 + d)));
const yesNo = fc.constantFrom<CellValue>('да', 'нет', null);

/** One teacher with a few courses; satisfaction is typed in whole percent, as schools do. */
const teacherWithCourses = (name: string) =>
  fc
    .record({
      teacher: fc.record({
        Предмет: fc.subarray([...SUBJECTS], { maxLength: 2 }).map((s) => s.join('; ')),
        'Год рождения': fc.integer({ min: 1955, max: 2003 }),
        'Педагогический стаж': fc.integer({ min: 0, max: 40 }),
        'Диагностика дефицитов': fc.option(date, { nil: null }),
        'Выявленные дефициты': fc.subarray([...DEFICITS], { maxLength: 2 }).map((s) => s.join(', ')),
        ИОМ: fc.constantFrom<CellValue>(...IOM, null),
        Наставничество: fc.constantFrom<CellValue>(...MENTORING),
        Совместитель: yesNo,
        'Методический актив': yesNo,
      }),
      courses: fc.array(
        fc.record({
          'Вид программы': fc.constantFrom(...PROGRAM_KINDS),
          'Форма обучения': fc.constantFrom(...STUDY_FORMS),
          'Дата окончания': date,
          Адресная: yesNo,
          'Педагогической направленности': yesNo,
          'Удовлетворенность, %': fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
        }),
        { maxLength: 2 },
      ),
    })
    .map((p) => ({
      teacher: { ФИО: name, Должность: 'учитель', Категория: 'первая', ...p.teacher } as Row,
      courses: p.courses.map(
        (c) =>
          ({
            ФИО: name,
            'Название программы': 'Программа',
            Организация: 'ИРО',
            'Тип организации': 'региональный ИРО/ИПК',
            Часы: 72,
            ...c,
          }) as Row,
      ),
    }));

type School = { teacher: Row; courses: Row[] }[];
const school = fc
  .integer({ min: 0, max: 4 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => teacherWithCourses(`Педагог ${i + 1}`))));
const districts = fc.array(fc.array(school, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 });

/** A district workbook; `first` numbers the schools so that one big district can hold every school once. */
function workbook(municipality: string, schools: School[], first = 1): SheetData[] {
  const codes = schools.map((_, i) => String(first + i).padStart(2, '0'));
  return [
    parameters({ ...PERIOD_2021, Муниципалитет: municipality }),
    registry(codes.map((code) => ({ code, name: `МБОУ СОШ №${code}` }))),
    ...schools.flatMap((people, i) => [
      sheet(
        `${codes[i]} Педагоги`,
        TEACHER_HEADER,
        people.map((p) => p.teacher),
      ),
      sheet(
        `${codes[i]} Курсы`,
        COURSE_HEADER,
        people.flatMap((p) => p.courses),
      ),
      sheet(`${codes[i]} Мероприятия`, EVENT_HEADER, []),
    ]),
  ];
}
const summaryOf = (sheets: SheetData[]): Summary => toSummary(buildInMemory(sheets, TODAY));
const NAMES = ['Кузнецкого района', 'Ангарского городского округа', 'Усольского района', 'Тулунского района'];

test('показатели региона — те же, что у одного района из всех ОО всех районов', () => {
  fc.assert(
    fc.property(districts, (ds) => {
      const inputs = ds.map((schools, i) => ({ label: `${i}.json`, summary: summaryOf(workbook(NAMES[i], schools)) }));
      const region = rollUp('Иркутской области', inputs);
      const all = summaryOf(workbook('все', ds.flat()));
      expect(region.district.indicators).toEqual(all.district.indicators);
    }),
    { numRuns: 40 },
  );
});

test('каждая ОО входит в сводную один раз со своим районом и своими показателями', () => {
  fc.assert(
    fc.property(districts, (ds) => {
      const inputs = ds.map((schools, i) => ({ label: `${i}.json`, summary: summaryOf(workbook(NAMES[i], schools)) }));
      const region = rollUp('Иркутской области', inputs);
      expect(region.schools).toEqual(
        inputs.flatMap(({ summary }) => summary.schools.map((s) => ({ municipality: summary.municipality, ...s }))),
      );
      expect(region.districts?.map((d) => [d.municipality, d.schoolsRegistered, d.indicators])).toEqual(
        inputs.map(({ summary }) => [summary.municipality, summary.schools.length, summary.district.indicators]),
      );
    }),
    { numRuns: 20 },
  );
});

// Figures as summaries hold them: integer counts and denominators, numerators with up to 4 decimals (PK9's Σ %).
const indicatorSet = fc.tuple(fc.nat(500), fc.nat(40000), fc.nat(50)).map(([k1, tenThousandths, ratings]) => ({
  K1: { value: k1 },
  PK9: { numerator: tenThousandths / 10000, denominator: ratings, value: null as number | null },
}));
const indicatorSets = fc.array(indicatorSet, { minLength: 1, maxLength: 30 });

test('сложение точное: количества — сумма, доли и PK9 — Σ числителей / Σ знаменателей', () => {
  fc.assert(
    fc.property(indicatorSets, (sets) => {
      const out = composeIndicators(sets);
      expect(out.K1).toEqual({ value: sets.reduce((a, s) => a + s.K1.value, 0) });
      const tenThousandths = sets.reduce((a, s) => a + Math.round(s.PK9.numerator * 10000), 0);
      const den = sets.reduce((a, s) => a + s.PK9.denominator, 0);
      expect(out.PK9).toEqual({
        numerator: tenThousandths / 10000,
        denominator: den,
        value: den === 0 ? null : Math.round((tenThousandths / 10000 / den) * 10000) / 10000,
      });
    }),
    { numRuns: 300 },
  );
});

/** A district summary whose figures are the given sets (only the totals matter to the roll-up). */
const syntheticDistrict = (name: string, indicators: Record<string, SummaryIndicator>): Summary => ({
  version: 1,
  municipality: name,
  period: { start: '2020-09-01', end: '2021-08-31' },
  district: { indicators },
  schools: [{ code: '01', name: 'МБОУ СОШ №1', submitted: true, indicators, rows: {} }],
  issues: [],
});

test('сводная из сводных регионов — та же, что сразу из всех районов (байт в байт)', () => {
  fc.assert(
    fc.property(indicatorSets, fc.array(fc.nat(), { maxLength: 6 }), (sets, cuts) => {
      const inputs = sets.map((set, i) => ({
        label: `район ${i}.json`,
        summary: syntheticDistrict(`Район ${i}`, set),
      }));
      const flat = rollUp('Российской Федерации', inputs);
      const bounds = [...new Set([0, ...cuts.map((c) => c % inputs.length), inputs.length])].sort((a, b) => a - b);
      const regions = bounds.slice(1).map((end, r) => ({
        label: `регион ${r}.json`,
        summary: rollUp(`Регион ${r}`, inputs.slice(bounds[r], end)),
      }));
      expect(JSON.stringify(rollUp('Российской Федерации', regions))).toBe(JSON.stringify(flat));
    }),
    { numRuns: 200 },
  );
});
