import { count, YEARS } from '../../src/core/plural';

test.each([
  [1, '1 год'],
  [2, '2 года'],
  [5, '5 лет'],
  [11, '11 лет'],
  [21, '21 год'],
  [22, '22 года'],
  [31, '31 год'],
  [112, '112 лет'],
])('%p → %p', (n, text) => {
  expect(count(n, YEARS)).toBe(text);
});
