// Cell types (parsing numbers, dates, yes/no, letters) and values as spreadsheets really hand them over.
import { a1, columnLetter, parseDate, parseInteger, parseNumber, parseYesNo } from '../../src/core/cells';
import { matchKey, teacherKey } from '../../src/core/text';
import { run } from '../support/run';
import { oneSchool, teacher } from '../support/district';

describe('числа', () => {
  test.each([
    ['16', 16],
    ['16,0', 16],
    ['16.0', 16],
    [' 16 ', 16],
    ['1 000,5', 1000.5],
    [16, 16],
    ['87,5%', 87.5],
  ])('%p читается как %p', (typed, value) => {
    expect(parseNumber(typed)).toEqual({ ok: true, value });
  });
  test('«шестнадцать» — не число', () => {
    expect(parseNumber('шестнадцать')).toEqual({ ok: false, reason: 'not_a_number' });
  });
  test('целое: 1985,0 — да, 16,5 — нет', () => {
    expect(parseInteger('1985,0')).toEqual({ ok: true, value: 1985 });
    expect(parseInteger('16,5')).toEqual({ ok: false, reason: 'not_an_integer' });
  });
});

describe('даты', () => {
  test('настоящая дата ячейки (календарная дата в полях UTC)', () => {
    expect(parseDate(new Date(Date.UTC(2020, 8, 1)))).toEqual({ ok: true, value: '2020-09-01' });
  });
  test('дд.мм.гггг и гггг-мм-дд', () => {
    expect(parseDate('01.09.2020')).toEqual({ ok: true, value: '2020-09-01' });
    expect(parseDate('1.9.2020')).toEqual({ ok: true, value: '2020-09-01' });
    expect(parseDate('2021-08-31')).toEqual({ ok: true, value: '2021-08-31' });
  });
  test('порядковый номер дня таблицы: 44075 = 01.09.2020', () => {
    expect(parseDate(44075)).toEqual({ ok: true, value: '2020-09-01' });
    expect(parseDate('44075')).toEqual({ ok: true, value: '2020-09-01' });
  });
  test('год без дня и месяца — не дата', () => {
    expect(parseDate('2021')).toEqual({ ok: false, reason: 'not_a_date' });
  });
  test('31.02.2021 и «вчера» — не даты', () => {
    expect(parseDate('31.02.2021').ok).toBe(false);
    expect(parseDate('вчера').ok).toBe(false);
  });
});

describe('да/нет во всех написаниях', () => {
  test.each(['да', 'Да', 'ДА', '+', '1', 1, true, 'TRUE', 'ИСТИНА', 'Дa' /* латинская a */])('%p — да', (typed) => {
    expect(parseYesNo(typed)).toEqual({ ok: true, value: true });
  });
  test.each(['нет', 'Нет', '-', '0', 0, false, 'FALSE', 'ЛОЖЬ', 'нeт' /* латинская e */])('%p — нет', (typed) => {
    expect(parseYesNo(typed)).toEqual({ ok: true, value: false });
  });
  test('«может быть» — ошибка', () => {
    expect(parseYesNo('может быть')).toEqual({ ok: false, reason: 'not_yes_no' });
  });
});

describe('сопоставление текста', () => {
  test('списки и заголовки: регистр, пробелы, ё и латинские двойники', () => {
    expect(matchKey('  Высшее   педагогическое ')).toBe(matchKey('высшее педагогическое'));
    expect(matchKey('Удовлетворённость, %')).toBe(matchKey('Удовлетворенность, %'));
    expect(matchKey('высшaя')).toBe(matchKey('высшая'));
  });
  test('ключ педагога: пробелы, регистр, ё — но не латинские буквы', () => {
    expect(teacherKey(' Семёнова  Анна ')).toBe(teacherKey('семенова анна'));
    expect(teacherKey('Иванoва')).not.toBe(teacherKey('Иванова'));
  });
  test('адреса A1', () => {
    expect(columnLetter(1)).toBe('A');
    expect(columnLetter(27)).toBe('AA');
    expect(a1(5, 4)).toBe('D5');
  });
});

/** What Sheets' getValues (and exceljs) return for a number in a cell formatted as a date: that day. */
const shownAsDate = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day));

describe('число в ячейке с форматом даты', () => {
  test('год рождения 1985 в столбце с форматом даты (таблица показывает 07.06.1905) — это 1985', () => {
    expect(parseInteger(shownAsDate(1905, 6, 7))).toEqual({ ok: true, value: 1985 });
  });

  test('часы 36 в ячейке с форматом даты (Google Таблицы показывают 04.02.1900) — это 36', () => {
    expect(parseNumber(shownAsDate(1900, 2, 4))).toEqual({ ok: true, value: 36 });
  });

  test('педагог 1995 года рождения в ячейке с форматом даты — молодой, как и с числом 1995', () => {
    const asNumber = run(
      oneSchool([teacher('Смирнова Дарья Олеговна', { 'Год рождения': 1995, 'Педагогический стаж': 1 })]),
    );
    const asDate = run(
      oneSchool([
        teacher('Смирнова Дарья Олеговна', { 'Год рождения': shownAsDate(1905, 6, 17), 'Педагогический стаж': 1 }),
      ]),
    );
    expect(asNumber.fig('K2')).toMatchObject({ numerator: 1, denominator: 1 });
    expect(asDate.fig('K2')).toEqual(asNumber.fig('K2'));
    expect(asDate.summary.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  test('настоящая дата рождения в столбце «Год рождения» — по-прежнему «не число»', () => {
    const r = run(oneSchool([teacher('Иванова Анна Петровна', { 'Год рождения': shownAsDate(1985, 5, 15) })]));
    expect(r.summary.issues).toContainEqual(
      expect.objectContaining({
        sheet: '01 Педагоги',
        cell: 'D2',
        code: 'not_a_number',
        message: expect.stringContaining('введено «15.05.1985»'),
      }),
    );
  });
});

describe('ошибка формулы в ячейке (#N/A, #REF!…)', () => {
  test('«#N/A» вместо ФИО (не сработал ВПР) — не педагог: строка исключена, ошибка в её ячейке', () => {
    const r = run(oneSchool([teacher('Иванова Анна Петровна'), teacher('#N/A'), teacher('Петров Иван Сергеевич')]));
    expect(r.fig('K1')).toEqual({ value: 2 });
    expect(r.school().rows.Педагоги).toEqual({ read: 3, used: 2, excluded: 1 });
    expect(r.summary.issues).toContainEqual(
      expect.objectContaining({ sheet: '01 Педагоги', cell: 'A3', severity: 'error', code: 'formula_error' }),
    );
  });

  test('«#DIV/0!» в столбце «Педагогический стаж» — ошибка формулы, значение не учтено', () => {
    const r = run(oneSchool([teacher('Иванова Анна Петровна', { 'Педагогический стаж': '#DIV/0!' })]));
    expect(r.summary.issues).toContainEqual(
      expect.objectContaining({ sheet: '01 Педагоги', cell: 'E2', code: 'formula_error' }),
    );
    expect(r.fig('K1')).toEqual({ value: 1 });
  });
});

describe('год числом в столбце даты', () => {
  test('число 2021 в «Диагностика дефицитов» — не дата 13.07.1905, а ошибка в ячейке', () => {
    const r = run(oneSchool([teacher('Иванова Анна Петровна', { 'Диагностика дефицитов': 2021 })]));
    expect(r.summary.issues).toContainEqual(
      expect.objectContaining({
        sheet: '01 Педагоги',
        cell: 'J2',
        code: 'not_a_date',
        message: expect.stringContaining('введено «2021»'),
      }),
    );
  });
});
