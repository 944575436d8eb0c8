import { SCHOOL_STATUSES } from '../../../src/core/catalogue/statuses';
import { errorsSheet, outputSheets, planSheet, summarySheet } from '../../../src/core/layout';
import { run } from '../../support/run';
import {
  course,
  COURSE_HEADER,
  EVENT_HEADER,
  parameters,
  PERIOD_2021,
  registry,
  sheet,
  teacher,
  TEACHER_HEADER,
} from '../../support/district';

const sheets = [
  parameters({ ...PERIOD_2021, 'Цель: PK1': 60 }),
  registry([
    { code: '01', name: 'МБОУ СОШ №1' },
    { code: '02', name: 'МБОУ ООШ с. Анненково' },
  ]),
  sheet('01 Педагоги', TEACHER_HEADER, [
    teacher('Иванова Анна'),
    teacher('=Петров()'),
    teacher('Сидоров', { 'Год рождения': 'шестнадцать' }),
  ]),
  sheet('01 Курсы', COURSE_HEADER, [course('Иванова Анна', '01.03.2021'), course('Сидоров', '01.06.2018')]),
  sheet('01 Мероприятия', EVENT_HEADER, []),
];
const { result } = run(sheets);

describe('Сводная', () => {
  const model = summarySheet(result);
  const column = (code: string) => model.header[1].indexOf(code);
  test('две строки заголовка: названия и коды показателей, закреплены', () => {
    expect(model.header[0][column('PK1')]).toBe('Доля педагогов, прошедших КПК в отчётном периоде');
    expect(model.frozenRows).toBe(2);
  });
  test('первая строка — итог по району, затем цели, затем ОО по реестру', () => {
    expect(model.rows.map((r) => r[1].value)).toEqual([
      'Итого по району',
      'Цель',
      'МБОУ СОШ №1',
      'МБОУ ООШ с. Анненково',
    ]);
    expect(model.rows[1][column('PK1')]).toMatchObject({ value: 0.6, format: 'percent' });
  });
  test('доля — процент с заметкой «n из d»; ниже цели — подсвечено', () => {
    expect(model.rows[2][column('PK1')]).toEqual({
      value: 0.3333,
      format: 'percent',
      note: '1 из 3',
      tone: 'below-target',
    });
  });
  test('ОО без данных — «не начала» (срока нет) и пустые значения', () => {
    expect(model.rows[3][2]).toMatchObject({ value: SCHOOL_STATUSES.notStarted.label, tone: 'muted' });
    expect(model.rows[3][column('K1')]).toEqual({ value: null });
  });
  test('учёт строк по листам', () => {
    const read = model.header[0].indexOf('Педагоги: прочитано');
    expect(model.rows[2].slice(read, read + 3).map((c) => c.value)).toEqual([3, 3, 0]);
  });
});

test('Ошибки: каждая проблема со ссылкой на её ячейку', () => {
  const model = errorsSheet(result);
  expect(model.rows).toHaveLength(result.issues.length);
  const row = model.rows.find((r) => r[3].value === 'D4');
  expect(row?.[3].link).toEqual({ sheet: '01 Педагоги', cell: 'D4' });
  expect(row?.[0]).toMatchObject({ value: 'ошибка', tone: 'error' });
});

test('План ПК: педагоги без курса в последние 2 года, с датой последнего курса', () => {
  const model = planSheet(result);
  expect(model.rows.map((r) => [r[2].value, r[5].value])).toEqual([
    ['=Петров()', 'курсов нет'],
    ['Сидоров', '2018-06-01'],
  ]);
});

test('текст школы остаётся строкой в модели (формулой его не делает ни один писатель)', () => {
  const cells = outputSheets(result).flatMap((m) => m.rows.flat());
  expect(cells.some((c) => c.value === '=Петров()')).toBe(true);
});
