// Reading a school sheet: headers found by text, row accounting, list values, what real exported workbooks hold.
import { run } from '../support/run';
import {
  COURSE_HEADER,
  EVENT_HEADER,
  oneSchool,
  parameters,
  PERIOD_2021,
  registry,
  sheet,
  teacher,
  TEACHER_HEADER,
} from '../support/district';
import type { CellValue } from '../../src/core/cells';

describe('заголовки ищутся по тексту', () => {
  test('столбцы в любом порядке дают те же показатели', () => {
    const straight = run(oneSchool([teacher('Иванова А. П.', { Совместитель: 'да' })]));
    const reversed = [...TEACHER_HEADER].reverse();
    const sheets = oneSchool([]);
    sheets[2] = sheet('01 Педагоги', reversed, [teacher('Иванова А. П.', { Совместитель: 'да' })]);
    const shuffled = run(sheets);
    expect(shuffled.summary.district).toEqual(straight.summary.district);
  });

  test('неизвестный столбец — одно предупреждение на его заголовке, данные учитываются', () => {
    const sheets = oneSchool([]);
    sheets[2] = sheet(
      '01 Педагоги',
      [...TEACHER_HEADER, 'Телефон'],
      [teacher('Иванова А. П.', { Телефон: '89001234567' }), teacher('Петров И. С.', { Телефон: '8900' })],
    );
    const r = run(sheets);
    const unknown = r.summary.issues.filter((i) => i.code === 'column_unknown');
    expect(unknown).toEqual([
      expect.objectContaining({ sheet: '01 Педагоги', cell: 'R1', row: 1, column: 'Телефон', severity: 'warning' }),
    ]);
    expect(r.fig('K1')).toEqual({ value: 2 });
  });

  test('нет обязательного столбца — одна ошибка на лист', () => {
    const header = COURSE_HEADER.filter((h) => h !== 'Организация');
    const sheets = oneSchool([teacher('Иванова А. П.')]);
    sheets[3] = sheet('01 Курсы', header, [
      {
        ФИО: 'Иванова А. П.',
        'Вид программы': 'повышение квалификации',
        'Название программы': 'ФГОС',
        'Дата окончания': '01.03.2021',
      },
      {
        ФИО: 'Иванова А. П.',
        'Вид программы': 'повышение квалификации',
        'Название программы': 'ОГЭ',
        'Дата окончания': '01.04.2021',
      },
    ]);
    const r = run(sheets);
    const missing = r.summary.issues.filter((i) => i.code === 'column_missing');
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({ sheet: '01 Курсы', row: 1, column: 'Организация', severity: 'error' });
    expect(r.school().rows.Курсы).toEqual({ read: 2, used: 2, excluded: 0 });
  });

  test('«Табельный номер» вместо «ФИО» (152-ФЗ) — всё остальное так же', () => {
    const sheets = oneSchool([]);
    const header = TEACHER_HEADER.map((h) => (h === 'ФИО' ? 'Табельный номер' : h));
    sheets[2] = sheet('01 Педагоги', header, [{ ...teacher(''), 'Табельный номер': 'Т-017' }]);
    sheets[3] = sheet(
      '01 Курсы',
      COURSE_HEADER.map((h) => (h === 'ФИО' ? 'Табельный номер' : h)),
      [
        {
          'Табельный номер': 'т-017',
          'Вид программы': 'повышение квалификации',
          'Название программы': 'ФГОС',
          Организация: 'ИРО',
          'Дата окончания': '01.03.2021',
        },
      ],
    );
    const r = run(sheets);
    expect(r.fig('K1')).toEqual({ value: 1 });
    expect(r.fig('PK1')).toMatchObject({ numerator: 1, denominator: 1 });
    expect(r.summary.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });
});

describe('учёт строк', () => {
  test('пустые строки и строки из одних пробелов пропускаются молча; прочитано = учтено + исключено', () => {
    const sheets = oneSchool([]);
    sheets[2] = sheet('01 Педагоги', TEACHER_HEADER, [
      teacher('Иванова А. П.'),
      {},
      { ФИО: '   ', Должность: ' ' },
      teacher('Иванова А. П.'),
      teacher('', { Должность: 'учитель' }),
    ]);
    const r = run(sheets);
    expect(r.school().rows.Педагоги).toEqual({ read: 3, used: 1, excluded: 2 });
    expect(r.codes()).toEqual(
      expect.arrayContaining(['01 Педагоги!A5 teacher_duplicate', '01 Педагоги!A6 name_missing']),
    );
  });
});

describe('значения списков', () => {
  test('регистр, лишние пробелы, ё и латинские двойники не мешают', () => {
    const r = run(
      oneSchool([
        teacher('Иванова А. П.', {
          Категория: '  ВЫСШАЯ ',
          Должность: 'Учитель',
          Образование: 'высшее  педагогическое',
        }),
        teacher('Петров И. С.', { Категория: 'пeрвая' /* латинская e */ }),
      ]),
    );
    expect(r.summary.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(r.fig('K6')).toMatchObject({ numerator: 2, denominator: 2 });
  });

  test('значение не из списка — ошибка в ячейке, значение пустое, строка учитывается', () => {
    const r = run(oneSchool([teacher('Иванова А. П.', { Категория: 'вторая' })]));
    expect(r.summary.issues).toEqual([
      expect.objectContaining({
        sheet: '01 Педагоги',
        cell: 'G2',
        row: 2,
        column: 'Категория',
        code: 'not_in_list',
        severity: 'error',
      }),
    ]);
    expect(r.fig('K1')).toEqual({ value: 1 });
    expect(r.fig('K6')).toMatchObject({ numerator: 0, denominator: 1 });
  });

  test('несколько предметов через «;» или «,»; учитель считается в каждом', () => {
    const r = run(
      oneSchool([
        teacher('Иванова А. П.', { Предмет: 'Математика; Информатика', 'Диагностика дефицитов': '10.10.2020' }),
        teacher('Петров И. С.', { Предмет: 'информатика, физика' }),
      ]),
    );
    expect(r.fig('D1:Информатика')).toMatchObject({ numerator: 1, denominator: 2, value: 0.5 });
    expect(r.fig('D1:Математика')).toMatchObject({ numerator: 1, denominator: 1, value: 1 });
    expect(r.fig('D1:Физика')).toMatchObject({ numerator: 0, denominator: 1, value: 0 });
  });

  test('неверное число — ошибка с адресом ячейки и понятным сообщением', () => {
    const r = run(
      oneSchool([
        teacher('Иванова А. П.'),
        teacher('Петров И. С.'),
        teacher('Сидоров П. П.'),
        teacher('Кузнецова Е. В.', { 'Год рождения': 'шестнадцать' }),
      ]),
    );
    expect(r.summary.issues).toEqual([
      expect.objectContaining({
        sheet: '01 Педагоги',
        cell: 'D5',
        row: 5,
        column: 'Год рождения',
        code: 'not_a_number',
      }),
    ]);
    expect(r.summary.issues[0].message).toMatch(/«Год рождения».*число.*«шестнадцать»/);
  });

  test('год рождения вне 1940 … (год конца периода − 16) — ошибка', () => {
    const r = run(
      oneSchool([
        teacher('Иванова А. П.', { 'Год рождения': 2006 }),
        teacher('Петров И. С.', { 'Год рождения': 2005, 'Педагогический стаж': 0 }),
        teacher('Сидоров П. П.', { 'Год рождения': 1939 }),
      ]),
    );
    expect(r.codes()).toEqual(['01 Педагоги!D2 out_of_range', '01 Педагоги!D4 out_of_range']);
  });
});

test('лист без данных и регистр без листов школы: ОО «не сдала данные» и не входит в знаменатели', () => {
  const sheets = [
    parameters(PERIOD_2021),
    registry([
      { code: '01', name: 'МБОУ СОШ №1' },
      { code: '02', name: 'МБОУ ООШ с. Анненково' },
    ]),
    sheet('01 Педагоги', TEACHER_HEADER, [teacher('Иванова А. П.', { Совместитель: 'да' })]),
    sheet('01 Курсы', COURSE_HEADER, []),
    sheet('01 Мероприятия', EVENT_HEADER, []),
  ];
  const r = run(sheets);
  expect(r.school('02')).toMatchObject({ submitted: false, indicators: {} });
  expect(r.fig('K4')).toMatchObject({ numerator: 1, denominator: 1 });
  expect(r.summary.issues).toEqual([]);
});

test('код ОО, который таблица превратила в число 1, находит листы «01 …»', () => {
  const sheets = oneSchool([teacher('Иванова А. П.')]);
  sheets[1] = registry([{ code: '01', name: 'МБОУ СОШ №1' }]);
  (sheets[1].values[1] as unknown[])[0] = 1;
  const r = run(sheets);
  expect(r.summary.schools[0]).toMatchObject({ code: '1', submitted: true });
  expect(r.summary.issues).toEqual([]);
});

describe('длинный лист', () => {
  test('случайный пробел в строке 200 000 не роняет сборку: строки до неё пустые и пропускаются', () => {
    const sheets = oneSchool([teacher('Иванова Анна Петровна')]);
    const values = [...sheets[2].values] as CellValue[][];
    while (values.length < 199_999) values.push([]);
    values.push([' ']);
    sheets[2] = { name: sheets[2].name, values };
    const r = run(sheets);
    expect(r.fig('K1')).toEqual({ value: 1 });
    expect(r.school().rows.Педагоги).toEqual({ read: 1, used: 1, excluded: 0 });
  });
});
