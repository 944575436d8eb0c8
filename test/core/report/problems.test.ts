// Materiality of a school's shortfall for the letter: on both sides of 2 people and of 10 % of the group.
import { isMaterial } from '../../../src/core/report/problems';

describe('существенность отставания ОО', () => {
  test('один человек из двух — несущественно; двое из двадцати — существенно (ровно 10 %)', () => {
    expect(isMaterial({ n: 1, base: 2, gap: 1 })).toBe(false);
    expect(isMaterial({ n: 18, base: 20, gap: 2 })).toBe(true);
  });
  test('двое из двадцати одного — меньше 10 % группы: несущественно', () => {
    expect(isMaterial({ n: 19, base: 21, gap: 2 })).toBe(false);
  });
  test('никто в группе не отвечает нормативу — существенно даже для одного человека', () => {
    expect(isMaterial({ n: 0, base: 1, gap: 1 })).toBe(true);
    expect(isMaterial({ n: 3, base: 3, gap: 0 })).toBe(false);
  });
});
