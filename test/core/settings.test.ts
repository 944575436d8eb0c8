// `Параметры`: keys and targets as a methodologist really types them.
import { run } from '../support/run';
import { oneSchool, PERIOD_2021, teacher } from '../support/district';

const T1 = 'Иванова Анна Петровна';

describe('цели', () => {
  test('строка «Цель: PK3» без значения — цели нет, и это не ошибка', () => {
    const r = run(oneSchool([teacher(T1)], [], [], { ...PERIOD_2021, 'Цель: PK3': null, 'Цель: D1': '  ' }));
    expect(r.result.targets).toEqual([]);
    expect(r.issuesAt('Параметры')).toEqual([]);
  });

  test('цель «90 %» для PK3 — 90 процентов', () => {
    const r = run(oneSchool([teacher(T1)], [], [], { ...PERIOD_2021, 'Цель: PK3': '90 %' }));
    expect(r.result.targets).toEqual([expect.objectContaining({ code: 'PK3', target: 90, below: ['01'] })]);
  });

  test('цель «Цель: D1: Математика» (пробел после двоеточия) — цель для D1:Математика', () => {
    const r = run(oneSchool([teacher(T1)], [], [], { ...PERIOD_2021, 'Цель: D1: Математика': 50 }));
    expect(r.result.targets).toEqual([expect.objectContaining({ code: 'D1:Математика', target: 50 })]);
    expect(r.issuesAt('Параметры')).toEqual([]);
  });
});

test('цель для одного показателя задана дважды («PK3» и «pk3») — действует последняя, как у любого параметра', () => {
  const sheets = oneSchool([teacher(T1)]);
  sheets[0] = {
    name: 'Параметры',
    values: [
      ['Параметр', 'Значение'],
      ['Начало периода', '01.09.2020'],
      ['Цель: PK3', 100],
      ['Цель: pk3', 80],
    ],
  };
  const r = run(sheets);
  expect(r.result.targets).toEqual([expect.objectContaining({ code: 'PK3', target: 80 })]);
});

test('«Цель: ПК3» и «Цель: Д1» русскими буквами — цели для PK3 и D1', () => {
  const r = run(
    oneSchool([teacher(T1)], [], [], { ...PERIOD_2021, 'Цель: ПК3': 100, 'Цель: Д1:Математика': 50, 'Цель: И1': 80 }),
  );
  expect(r.result.targets.map((t) => [t.code, t.target])).toEqual([
    ['PK3', 100],
    ['D1:Математика', 50],
    ['I1', 80],
  ]);
  expect(r.issuesAt('Параметры')).toEqual([]);
});
