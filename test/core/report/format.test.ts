import {
  formatChange,
  formatCount,
  formatNumber,
  formatShare,
  periodPhrase,
  TEACHERS,
  verbFor,
} from '../../../src/core/report/format';

const NB = '\u00a0';

describe('числа в справке — по-русски', () => {
  test('доля: одна десятичная через запятую и знак процента через неразрывный пробел', () => {
    expect(formatShare(60, 241)).toBe(`24,9${NB}%`);
  });
  test('целая доля — без «,0»', () => {
    expect(formatShare(3, 4)).toBe(`75${NB}%`);
    expect(formatShare(241, 241)).toBe(`100${NB}%`);
  });
  test('нулевой знаменатель — «—», а не 0 %', () => {
    expect(formatShare(0, 0)).toBe('—');
  });
  test('тысячи отделяются пробелом', () => {
    expect(formatNumber(16000, 0)).toBe(`16${NB}000`);
    expect(formatNumber(1234567.25)).toBe(`1${NB}234${NB}567,3`);
  });
  test('четырёхзначные числа не разбиваются', () => {
    expect(formatNumber(2021, 0)).toBe('2021');
  });
  test('изменение со знаком: плюс, настоящий минус, ноль без знака', () => {
    expect(formatChange(3.24, 'п.п.')).toBe(`+3,2${NB}п.п.`);
    expect(formatChange(-5, 'чел.')).toBe(`\u22125${NB}чел.`);
    expect(formatChange(0.01, 'п.п.')).toBe(`0${NB}п.п.`);
  });
  test('количество с правильной формой слова', () => {
    expect([1, 2, 5, 11, 21, 22, 241].map((n) => formatCount(n, TEACHERS))).toEqual([
      `1${NB}педагог`,
      `2${NB}педагога`,
      `5${NB}педагогов`,
      `11${NB}педагогов`,
      `21${NB}педагог`,
      `22${NB}педагога`,
      `241${NB}педагог`,
    ]);
  });
});

test('глагол согласуется с числом: «прошёл 21 педагог», «прошли 11 педагогов»', () => {
  expect([1, 21, 2, 11, 25].map((n) => verbFor(n, 'прошёл', 'прошли'))).toEqual([
    'прошёл',
    'прошёл',
    'прошли',
    'прошли',
    'прошли',
  ]);
});

describe('период в заголовке', () => {
  test('01.09–31.08 — учебный год', () => {
    expect(periodPhrase({ start: '2020-09-01', end: '2021-08-31' })).toBe('за 2020/2021 учебный год');
  });
  test('иной период — датами', () => {
    expect(periodPhrase({ start: '2021-01-01', end: '2021-12-31' })).toBe('за период с 01.01.2021 по 31.12.2021');
  });
});
