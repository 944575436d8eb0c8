// When the panel treats a workbook as a fresh copy and starts with «Диагностика».
import type { PanelState } from '../../src/shared/contract';
import { isFirstRun } from '../../sidebar/firstRun';

const fresh: PanelState = {
  municipality: '',
  period: { start: '2025-09-01', end: '2026-08-31' },
  mode: 'shared',
  registered: 0,
  submitted: null,
  notSubmitted: null,
  schools: [],
  issues: [],
  issuesTotal: 0,
  lastRun: {},
  reportUrl: null,
};

test('свежая копия шаблона: реестр пуст, ничего не запускалось — первый запуск', () => {
  expect(isFirstRun(fresh)).toBe(true);
});

test('в реестре есть ОО — уже не первый запуск', () => {
  expect(isFirstRun({ ...fresh, registered: 3 })).toBe(false);
});

test('реестр пуст, но проверка уже запускалась (ОО удалили) — не первый запуск', () => {
  expect(isFirstRun({ ...fresh, lastRun: { check: '2026-10-01T09:00:00.000Z' } })).toBe(false);
});
