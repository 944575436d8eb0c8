// Time as Google counts it: every execution, even with the worst quota waits, ends by 330 s with its work checkpointed.
import { SAMPLE_OPTIONS } from '../../tools/sample/district';
import { STORE_SHEET } from '../../src/gas/storeSheet';
import { END_BY_MS } from '../../src/app/executionBudget';
import { KILLED, SimulatedClock } from './fakes/clock';
import { FakeGoogle } from './fakes/google';
import { buildDist, json, loadAddon, readCode } from './harness';
import { perSchoolDistrict, sharedDistrict, type LoadedDistrict } from './sampleWorkbook';

let code: string;
beforeAll(() => {
  code = readCode(buildDist());
});

function storedSummary(d: LoadedDistrict) {
  const row = d.google.active
    .sheet(STORE_SHEET)
    .grid()
    .find((r) => String(r[0]).startsWith('snapshot:')) as unknown[];
  return JSON.parse(row.slice(1).join(''));
}

const longest = (google: FakeGoogle) => Math.max(...google.executions.map((e) => e.simulatedMs));

test('the fake kills an execution past 360 s, and nothing of it runs afterwards', () => {
  const clock = new SimulatedClock();
  clock.startExecution();
  clock.spend(359_000);
  expect(() => clock.spend(2_000)).toThrow(KILLED);
  expect(() => clock.spend(1)).toThrow(KILLED);
  clock.startExecution();
  expect(() => clock.spend(1)).not.toThrow();
});

test('Utilities.sleep costs its argument on the clock', () => {
  const google = new FakeGoogle();
  const utilities = google.globals().Utilities as { sleep(ms: number): void };
  google.clock.startExecution();
  utilities.sleep(32_000);
  expect(google.clock.elapsed).toBe(32_000);
});

test(
  'with every Sheets API call refused five times first (62 s of waits each), every call of the panel ends by 330 s '
    + 'and the summary is exact',
  () => {
    const d = perSchoolDistrict({ ...SAMPLE_OPTIONS, schools: 8, teachersPerSchool: 5, notSubmitted: 0 });
    const addon = loadAddon(d.google, code);
    d.google.sheetsApi.quotaEachCall = 5;
    let step = json(addon.startJob('summary'));
    let calls = 1;
    while (step.status === 'running') {
      step = json(addon.continueJob(step.progress.jobId));
      calls++;
      expect(calls).toBeLessThan(100);
    }
    expect(d.google.executions.every((e) => e.ok)).toBe(true);
    expect(longest(d.google)).toBeLessThanOrEqual(END_BY_MS);
    // The waits were real: several calls were needed, each waiting as long as it safely could.
    expect(calls).toBeGreaterThan(2);
    expect(storedSummary(d)).toEqual(d.offline);
  },
);

test('a menu run under the same refusals ends by 330 s and tells the methodologist to go on in the panel', () => {
  const d = perSchoolDistrict({ ...SAMPLE_OPTIONS, schools: 8, teachersPerSchool: 5, notSubmitted: 0 });
  const addon = loadAddon(d.google, code);
  d.google.sheetsApi.quotaEachCall = 5;
  addon.menuSummary();
  expect(longest(d.google)).toBeLessThanOrEqual(END_BY_MS);
  expect(d.google.ui.alerts.at(-1)?.text).toMatch(/Откройте панель/);
});

test('waiting 30 s for a lock another run holds counts, and the refusal is Russian', () => {
  const d = sharedDistrict({ ...SAMPLE_OPTIONS, schools: 3, teachersPerSchool: 4, notSubmitted: 0 });
  const addon = loadAddon(d.google, code);
  d.google.lockFree = false;
  expect(() => addon.startJob('summary')).toThrow(/Таблица занята/);
  expect(d.google.executions[0]).toMatchObject({ ok: false, function: 'startJob' });
  expect(d.google.executions[0].simulatedMs).toBeGreaterThanOrEqual(30_000);
});

test('setting up 60 schools in one workbook takes several clicks, each ending by 330 s, nothing left undone', () => {
  const d = sharedDistrict({ ...SAMPLE_OPTIONS, schools: 60, teachersPerSchool: 1, notSubmitted: 0 });
  for (const s of [...d.google.active.sheets]) if (/^\d+ /.test(s.name)) d.google.active.deleteSheet(s);
  const addon = loadAddon(d.google, code);
  let outcome = json(addon.setupWorkbook('shared'));
  let clicks = 1;
  while ((outcome.pending ?? 0) > 0) {
    outcome = json(addon.setupWorkbook('shared'));
    clicks++;
    expect(clicks).toBeLessThan(10);
  }
  expect(clicks).toBeGreaterThan(1);
  expect(longest(d.google)).toBeLessThanOrEqual(END_BY_MS);
  expect(d.google.active.sheets.filter((s) => /^\d+ (Педагоги|Курсы|Мероприятия)$/.test(s.name))).toHaveLength(180);
});

test('the report of the sample district is one execution within 330 s', () => {
  const d = sharedDistrict(SAMPLE_OPTIONS);
  const addon = loadAddon(d.google, code);
  const step = json(addon.startJob('report'));
  expect(step.status).toBe('done');
  expect(longest(d.google)).toBeLessThanOrEqual(END_BY_MS);
});
