// Statuses against «Срок сдачи»: each boundary of status.ts, and the build reading the deadline and «Дата сдачи».
import { SCHOOL_STATUSES } from '../../src/core/catalogue/statuses';
import { schoolStatus, type StatusInput } from '../../src/core/status';
import { summarySheet } from '../../src/core/layout/summarySheets';
import { buildInMemory } from '../support/run';
import {
  COURSE_HEADER,
  EVENT_HEADER,
  PERIOD_2021,
  parameters,
  sheet,
  TEACHER_HEADER,
  teacher,
} from '../support/district';

const base: StatusInput = {
  hasData: true,
  submittedOn: null,
  tracked: false,
  errors: 0,
  deadline: '2021-10-15',
  today: '2021-10-01',
};

describe('статус ОО по сроку сдачи', () => {
  test('без строк и до срока — «не начала»', () => {
    expect(schoolStatus({ ...base, hasData: false })).toBe('notStarted');
  });
  test('в реестре ведётся «Дата сдачи», строки есть, даты нет — «заполняет»', () => {
    expect(schoolStatus({ ...base, tracked: true })).toBe('filling');
  });
  test('без столбца «Дата сдачи» строки на листах — это «сдала»', () => {
    expect(schoolStatus({ ...base, tracked: false })).toBe('submitted');
  });
  test('дата сдачи есть, ошибок нет — «сдала»; есть ошибка — «сдала с ошибками»', () => {
    expect(schoolStatus({ ...base, tracked: true, submittedOn: '2021-10-10' })).toBe('submitted');
    expect(schoolStatus({ ...base, tracked: true, submittedOn: '2021-10-10', errors: 1 })).toBe('submittedWithErrors');
  });
  test('в день срока ещё не поздно, на следующий день — «после срока»', () => {
    expect(schoolStatus({ ...base, tracked: true, today: '2021-10-15' })).toBe('filling');
    expect(schoolStatus({ ...base, tracked: true, today: '2021-10-16' })).toBe('overdue');
    expect(schoolStatus({ ...base, hasData: false, today: '2021-10-16' })).toBe('overdue');
  });
  test('без срока ОО никогда не «после срока»', () => {
    expect(schoolStatus({ ...base, hasData: false, deadline: null, today: '2030-01-01' })).toBe('notStarted');
  });
  test('сдавшая позже срока остаётся «сдала»: срок прошёл, но данные приняты', () => {
    expect(schoolStatus({ ...base, tracked: true, submittedOn: '2021-10-20', today: '2021-10-25' })).toBe('submitted');
  });
  test('дата сдачи при пустых листах — не сдача', () => {
    expect(schoolStatus({ ...base, hasData: false, tracked: true, submittedOn: '2021-10-10' })).toBe('notStarted');
  });
});

describe('статус в сборке и в «Сводная»', () => {
  const registryWithDates = sheet(
    'ОО',
    ['Код', 'Краткое наименование', 'Вид', 'Дата сдачи'],
    [
      { Код: '01', 'Краткое наименование': 'МБОУ СОШ №1', Вид: 'СОШ', 'Дата сдачи': '14.10.2021' },
      { Код: '02', 'Краткое наименование': 'МБОУ СОШ №2', Вид: 'СОШ', 'Дата сдачи': null },
      { Код: '03', 'Краткое наименование': 'МБДОУ д/с «Сказка»', Вид: 'ДОУ', 'Дата сдачи': null },
    ],
  );
  const schoolSheets = (code: string, rows: number) => [
    sheet(
      `${code} Педагоги`,
      TEACHER_HEADER,
      Array.from({ length: rows }, (_, i) => teacher(`Петрова Анна ${i}`)),
    ),
    sheet(`${code} Курсы`, COURSE_HEADER, []),
    sheet(`${code} Мероприятия`, EVENT_HEADER, []),
  ];
  const workbook = [
    parameters({ ...PERIOD_2021, 'Срок сдачи': '15.10.2021' }),
    registryWithDates,
    ...schoolSheets('01', 2),
    ...schoolSheets('02', 1),
    ...schoolSheets('03', 0),
  ];

  test('«Срок сдачи» читается из «Параметры»', () => {
    expect(buildInMemory(workbook, '2021-10-01').settings.deadline).toBe('2021-10-15');
  });
  test('до срока: сдала, заполняет, не начала; после срока — несдавшие «после срока»', () => {
    const statuses = (today: string) => buildInMemory(workbook, today).schools.map((s) => s.status);
    expect(statuses('2021-10-15')).toEqual(['submitted', 'filling', 'notStarted']);
    expect(statuses('2021-10-16')).toEqual(['submitted', 'overdue', 'overdue']);
  });
  test('«Сводная» показывает статус словами каталога', () => {
    const model = summarySheet(buildInMemory(workbook, '2021-10-16'));
    const column = model.rows.slice(-3).map((r) => r[2].value);
    const { submitted, overdue } = SCHOOL_STATUSES;
    expect(column).toEqual([submitted.label, overdue.label, overdue.label]);
  });
});
