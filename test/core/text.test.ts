// Text matching (case, surrounding/double spaces, ё, look-alikes) on text pasted from documents.
import { matchKey, squeezeSpaces, teacherKey } from '../../src/core/text';
import { run } from '../support/run';
import { course, oneSchool, teacher } from '../support/district';

describe('любой пробел между словами — один пробел', () => {
  test('тонкий пробел (U+2009) и полукруглая шпация (U+2002) между словами — обычный пробел', () => {
    expect(squeezeSpaces('Иванова\u2009Анна\u2002Петровна')).toBe('Иванова Анна Петровна');
  });

  test('ФИО с тонким пробелом на листе «Курсы» находит педагога', () => {
    expect(teacherKey('Иванова\u2009Анна')).toBe(teacherKey('Иванова Анна'));
    const r = run(oneSchool([teacher('Иванова Анна Петровна')], [course('Иванова\u2009Анна Петровна', '15.03.2021')]));
    expect(r.school().rows.Курсы).toEqual({ read: 1, used: 1, excluded: 0 });
  });

  test('значение списка с идеографическим пробелом (U+3000) — из списка', () => {
    expect(matchKey('высшее\u3000педагогическое')).toBe(matchKey('высшее педагогическое'));
  });
});
