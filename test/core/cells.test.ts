import { a1, columnLetter, parseDate, parseInteger, parseNumber, parseYesNo } from '../../src/core/cells';
import { matchKey, teacherKey } from '../../src/core/text';

describe('числа (SPEC §4)', () => {
  test.each([['16', 16], ['16,0', 16], ['16.0', 16], [' 16 ', 16], ['1 000,5', 1000.5], [16, 16], ['87,5%', 87.5]])('%p читается как %p', (typed, value) => {
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

describe('даты (SPEC §4)', () => {
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
