// Terms valid for the period: ОБЖ became ОБЗР on 01.09.2024; «педагог-методист», «педагог-наставник» from 01.09.2023.
import { CATEGORIES, HIGH_CATEGORIES, SUBJECTS } from '../../../src/core/catalogue/lists';
import { periodWording, termFor, termsFor } from '../../../src/core/catalogue/terms';
import { INDICATOR_BY_CODE } from '../../../src/core/catalogue/indicators';
import { oneSchool, teacher } from '../../support/district';
import { run } from '../../support/run';

describe('названия, действующие в периоде', () => {
  test('2020/2021 — «ОБЖ», 2024/2025 — «ОБЗР»; граница — 01.09.2024', () => {
    expect(termFor('ОБЗР', '2021-08-31')).toBe('ОБЖ');
    expect(termFor('ОБЗР', '2024-08-31')).toBe('ОБЖ');
    expect(termFor('ОБЗР', '2025-08-31')).toBe('ОБЗР');
    expect(termsFor(SUBJECTS, '2021-08-31')).toContain('ОБЖ');
    expect(termsFor(SUBJECTS, '2021-08-31')).not.toContain('ОБЗР');
  });
  test('категории «педагог-методист» и «педагог-наставник» — только с периодов, заканчивающихся с 01.09.2023', () => {
    expect(termsFor(CATEGORIES, '2021-08-31')).toEqual([
      'высшая',
      'первая',
      'соответствие занимаемой должности',
      'без категории',
    ]);
    expect(termsFor(HIGH_CATEGORIES, '2023-08-31')).toEqual(['высшая', 'первая']);
    expect(termsFor(HIGH_CATEGORIES, '2024-08-31')).toEqual([
      'высшая',
      'первая',
      'педагог-методист',
      'педагог-наставник',
    ]);
  });
  test('методика K6 за 2020/2021 не называет категорий, которых ещё не было', () => {
    const k6 = INDICATOR_BY_CODE.get('K6')!.method;
    expect(periodWording(k6, '2021-08-31')).toContain('«высшая» или «первая» /');
    expect(periodWording(k6, '2021-08-31')).not.toContain('педагог-');
    expect(periodWording(k6, '2024-08-31')).toBe(k6);
  });
});

describe('прежнее название при вводе', () => {
  test('«ОБЖ» в книге за 2020/2021 — тот же предмет, что «ОБЗР» каталога, без ошибки', () => {
    const r = run(oneSchool([teacher('Иванова Анна Петровна', { Предмет: 'ОБЖ; Физическая культура' })])).result;
    expect(r.issues.filter((i) => i.column === 'Предмет')).toEqual([]);
    const v = r.district['D1:ОБЗР'];
    expect(v.kind !== 'count' && v.denominator).toBe(1);
  });
});
