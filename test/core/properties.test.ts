import fc from 'fast-check';
import { buildInMemory } from '../support/run';
import {
  CATEGORIES,
  DEFICITS,
  EVENT_KINDS,
  EVENT_LEVELS,
  EVENT_RESULTS,
  IOM,
  MENTORING,
  PROGRAM_KINDS,
  PROVIDER_TYPES,
  STUDY_FORMS,
  SUBJECTS,
} from '../../src/core/catalogue/lists';
import { INDICATORS } from '../../src/core/catalogue/indicators';
import type { CellValue } from '../../src/core/cells';
import { toSummary } from '../../src/core/summary';
import type { SheetData } from '../../src/core/table';
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
} from '../support/district';

const date = fc
  .date({ min: new Date(Date.UTC(2016, 0, 1)), max: new Date(Date.UTC(2022, 0, 1)), noInvalidDate: true })
  .map((d) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate())));
const yesNo = fc.constantFrom<CellValue>('да', 'нет', null, '+', 0);

interface Person {
  name: string;
  teacher: Row;
  courses: Row[];
  events: Row[];
}

const person = (name: string): fc.Arbitrary<Person> =>
  fc
    .record({
      teacher: fc.record({
        Должность: fc.constantFrom('учитель', 'воспитатель', 'методист'),
        Предмет: fc.subarray([...SUBJECTS], { maxLength: 2 }).map((s) => s.join('; ')),
        'Год рождения': fc.integer({ min: 1950, max: 2004 }),
        'Педагогический стаж': fc.integer({ min: 0, max: 40 }),
        'Соответствие профилю': yesNo,
        Категория: fc.constantFrom<CellValue>(...CATEGORIES, null),
        Совместитель: yesNo,
        'Диагностика дефицитов': fc.option(date, { nil: null }),
        'Выявленные дефициты': fc.subarray([...DEFICITS], { maxLength: 2 }).map((s) => s.join(', ')),
        ИОМ: fc.constantFrom<CellValue>(...IOM, null),
        Наставничество: fc.constantFrom<CellValue>(...MENTORING),
        'Методический актив': yesNo,
        'Сетевое сообщество': yesNo,
        'Эксперт ГИА': yesNo,
        'Инновационная деятельность': yesNo,
      }),
      courses: fc.array(
        fc.record({
          'Вид программы': fc.constantFrom(...PROGRAM_KINDS),
          'Название программы': fc.constant('Программа'),
          Организация: fc.constant('ИРО'),
          'Тип организации': fc.constantFrom(...PROVIDER_TYPES),
          'Форма обучения': fc.constantFrom(...STUDY_FORMS),
          'Дата окончания': date,
          Адресная: yesNo,
          'Педагогической направленности': yesNo,
          'Удовлетворенность, %': fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
        }),
        { maxLength: 3 },
      ),
      events: fc.array(
        fc.record({
          Вид: fc.constantFrom(...EVENT_KINDS),
          Уровень: fc.constantFrom(...EVENT_LEVELS),
          Название: fc.constant('Событие'),
          Дата: date,
          Результат: fc.constantFrom<CellValue>(...EVENT_RESULTS, null),
        }),
        { maxLength: 3 },
      ),
    })
    .map((p) => ({
      name,
      teacher: { ФИО: name, ...p.teacher },
      courses: p.courses.map((c) => ({ ФИО: name, ...c })),
      events: p.events.map((e) => ({ ФИО: name, ...e })),
    }));

const school = (prefix: string) =>
  fc
    .integer({ min: 1, max: 6 })
    .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => person(`${prefix} Педагог ${i + 1}`))));

function workbook(schools: Person[][], order: (rows: Row[]) => Row[] = (r) => r): SheetData[] {
  const codes = schools.map((_, i) => String(i + 1).padStart(2, '0'));
  return [
    parameters(PERIOD_2021),
    registry(codes.map((code) => ({ code, name: `ОО ${code}` }))),
    ...schools.flatMap((people, i) => [
      sheet(`${codes[i]} Педагоги`, TEACHER_HEADER, order(people.map((p) => p.teacher))),
      sheet(`${codes[i]} Курсы`, COURSE_HEADER, order(people.flatMap((p) => p.courses))),
      sheet(`${codes[i]} Мероприятия`, EVENT_HEADER, order(people.flatMap((p) => p.events))),
    ]),
  ];
}

const summaryOf = (sheets: SheetData[]) => toSummary(buildInMemory(sheets, TODAY));
const district = fc.tuple(school('Школа А'), school('Школа Б'), school('Школа В'));

test('порядок строк не меняет ни одного показателя', () => {
  fc.assert(
    fc.property(district, fc.integer(), (schools, seed) => {
      const shuffle = (rows: Row[]) => {
        const out = [...rows];
        let s = seed >>> 0;
        for (let i = out.length - 1; i > 0; i--) {
          s = (s * 1103515245 + 12345) >>> 0;
          const j = s % (i + 1);
          [out[i], out[j]] = [out[j], out[i]];
        }
        return out;
      };
      const a = summaryOf(workbook(schools as Person[][]));
      const b = summaryOf(workbook(schools as Person[][], shuffle));
      expect(b.district).toEqual(a.district);
      expect(b.schools.map((s) => s.indicators)).toEqual(a.schools.map((s) => s.indicators));
    }),
    { numRuns: 60 },
  );
});

test('для каждой доли район = Σ числителей ОО / Σ знаменателей ОО', () => {
  fc.assert(
    fc.property(district, (schools) => {
      const s = summaryOf(workbook(schools as Person[][]));
      for (const def of INDICATORS.filter((i) => i.scope !== 'district')) {
        const d = s.district.indicators[def.code] as { numerator?: number; denominator?: number; value: number | null };
        const parts = s.schools.filter((x) => x.submitted).map((x) => x.indicators[def.code] as typeof d);
        if (def.kind === 'count') {
          expect(d.value).toBe(parts.reduce((a, p) => a + (p.value as number), 0));
        } else {
          const num = parts.reduce((a, p) => a + (p.numerator as number), 0);
          const den = parts.reduce((a, p) => a + (p.denominator as number), 0);
          expect(d.numerator).toBeCloseTo(num, 6);
          expect(d.denominator).toBe(den);
          expect(d.value).toBe(den === 0 ? null : Math.round((num / den) * 10000) / 10000);
        }
      }
    }),
    { numRuns: 60 },
  );
});

test('перевод педагога в другую ОО сохраняет числители района', () => {
  fc.assert(
    fc.property(district, (schools) => {
      const before = workbook(schools as Person[][]);
      const moved = (schools as Person[][]).map((s) => [...s]);
      const teacher = moved[0].pop() as Person;
      moved[1].push(teacher);
      const a = summaryOf(before).district.indicators;
      const b = summaryOf(workbook(moved)).district.indicators;
      expect(b).toEqual(a);
    }),
    { numRuns: 60 },
  );
});

const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.integer({ min: -5, max: 50000 }),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom('=СУММ(A1:A3)', '+79001234567', '@школа', '31.02.2021', '2021-13-01', 'Дa', ' высшaя ', '—'),
  fc.date({ noInvalidDate: false }),
);

test('никакой лист не роняет сборку, и прочитано = учтено + исключено', () => {
  const grid = (header: string[]) =>
    fc
      .tuple(
        fc.shuffledSubarray(header),
        fc.array(fc.array(anyCell, { maxLength: header.length + 2 }), { maxLength: 8 }),
      )
      .map(([head, rows]) => [head as CellValue[], ...rows]);
  fc.assert(
    fc.property(
      grid(TEACHER_HEADER),
      grid(COURSE_HEADER),
      grid(EVENT_HEADER),
      fc.array(fc.tuple(fc.string(), anyCell), { maxLength: 4 }),
      (t, c, e, params) => {
        const sheets: SheetData[] = [
          {
            name: 'Параметры',
            values: [['Параметр', 'Значение'], ['Конец периода', '31.08.2021'], ...params.map(([k, v]) => [k, v])],
          },
          registry([{ code: '01', name: 'МБОУ СОШ №1' }]),
          { name: '01 Педагоги', values: t },
          { name: '01 Курсы', values: c },
          { name: '01 Мероприятия', values: e },
        ];
        const s = summaryOf(sheets);
        for (const r of Object.values(s.schools[0].rows)) expect(r.read).toBe(r.used + r.excluded);
        for (const i of s.issues) expect(i.message).toMatch(/[А-Яа-я]/);
      },
    ),
    { numRuns: 200 },
  );
});
