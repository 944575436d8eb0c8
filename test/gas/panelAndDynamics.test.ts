// The panel before and after a check, a report that compares with last year's snapshot, cells that are gone.
import { SHEET_NAMES } from '../../src/core/catalogue/sheets';
import { PARAMETERS } from '../../src/core/catalogue/parameters';
import { SAMPLE_OPTIONS } from '../../tools/sample/district';
import { FakeGoogle } from './fakes/google';
import { FakeTable } from './fakes/document';
import { buildDist, json, loadAddon, readCode, runJob } from './harness';
import { sharedDistrict } from './sampleWorkbook';

let code: string;
beforeAll(() => {
  code = readCode(buildDist());
});

test('a workbook that was never set up still has a panel: nothing registered, nothing checked', () => {
  const state = json(loadAddon(new FakeGoogle(), code).getPanelState());
  expect(state).toMatchObject({ registered: 0, submitted: null, mode: 'shared', issues: [], reportUrl: null });
});

test('before the first check the panel knows the registry, not who submitted', () => {
  const d = sharedDistrict({ ...SAMPLE_OPTIONS, schools: 4, teachersPerSchool: 5 });
  const state = json(loadAddon(d.google, code).getPanelState());
  expect(state.registered).toBe(4);
  expect(state.submitted).toBeNull();
  expect(state.schools.map((s) => s.code)).toEqual(['01', '02', '03', '04']);
  expect(state.period).toEqual({ start: '2020-09-01', end: '2021-08-31' });
});

test('the chosen mode is remembered for the panel', () => {
  const google = new FakeGoogle();
  const addon = loadAddon(google, code);
  addon.setupWorkbook('per-school');
  expect(json(addon.getPanelState()).mode).toBe('per-school');
});

test('the report compares with the summary of the previous period kept in the workbook', () => {
  const d = sharedDistrict({ ...SAMPLE_OPTIONS, schools: 4, teachersPerSchool: 8, notSubmitted: 0 });
  const addon = loadAddon(d.google, code);
  const params = d.google.active.sheet(SHEET_NAMES.parameters);
  const rowOf = (key: string) => params.grid().findIndex((r) => r[0] === key) + 1;
  params.ensure(rowOf(PARAMETERS.periodStart.key), 2).value = '01.09.2019';
  params.ensure(rowOf(PARAMETERS.periodEnd.key), 2).value = '31.08.2020';
  runJob(addon, 'summary');
  params.ensure(rowOf(PARAMETERS.periodStart.key), 2).value = '01.09.2020';
  params.ensure(rowOf(PARAMETERS.periodEnd.key), 2).value = '31.08.2021';
  const outcome = runJob(addon, 'report');
  expect(outcome.reportUrl).toBe(d.google.docs[0].url);
  const dynamics = d.google.docs[0].body.children.find(
    (c): c is FakeTable => c instanceof FakeTable && c.texts()[0].includes('Изменение'),
  );
  expect(dynamics?.texts()[0]).toEqual([
    'Показатель',
    expect.stringContaining('2019'),
    expect.stringContaining('2020/'),
    'Изменение',
  ]);
});

test('a cell on a sheet that was deleted since the check gives a Russian message', () => {
  const d = sharedDistrict({ ...SAMPLE_OPTIONS, schools: 2, teachersPerSchool: 3 });
  const addon = loadAddon(d.google, code);
  expect(() => addon.openCell({ sheet: '07 Педагоги', cell: 'B2' })).toThrow(/Лист «07 Педагоги» не найден/);
});
