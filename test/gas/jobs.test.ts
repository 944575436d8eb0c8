// Chunked jobs with a forced small time budget: checkpoints in the workbook, progress, the same result, one job at a
// time.
import { createServer } from '../../src/app/server';
import type { ClockPort } from '../../src/app/ports';
import { DEFAULT_SETUP_TIMING } from '../../src/app/setup';
import { gasPorts } from '../../src/gas/main';
import { CHUNK, STORE_SHEET } from '../../src/gas/storeSheet';
import { SAMPLE_OPTIONS } from '../../tools/sample/district';
import type { JobProgress, JobStep } from '../../src/shared/contract';
import { SHEET_NAMES } from '../../src/core/catalogue/sheets';
import { generateDistrict } from '../../tools/sample/district';
import { FakeGoogle, FakeGoogle as FakeGoogleForSetup } from './fakes/google';
import { fill, json } from './harness';
import { sharedDistrict } from './sampleWorkbook';

/** A clock that moves one «second» each time the add-on looks at it. */
function tickingClock(): ClockPort & { t: number } {
  const clock = {
    t: 0,
    now: () => ++clock.t * 1000,
    executionStart: () => clock.t * 1000,
    today: () => '2021-11-15',
    stamp: () => '2021-11-15T09:00:00.000Z',
  };
  return clock;
}

const GLOBALS = [
  'SpreadsheetApp',
  'DocumentApp',
  'LockService',
  'PropertiesService',
  'HtmlService',
  'Utilities',
  'Session',
];
function withGoogle(google: FakeGoogle): void {
  Object.assign(globalThis, google.globals());
}
afterAll(() => {
  for (const k of GLOBALS) delete (globalThis as Record<string, unknown>)[k];
});

function server(google: FakeGoogle, clock: ClockPort, chunkSeconds: number) {
  withGoogle(google);
  return createServer(gasPorts(clock), {
    job: { chunkMs: chunkSeconds * 1000, finishWithinMs: chunkSeconds * 1000, abandonedAfterMs: 600_000 },
    setup: DEFAULT_SETUP_TIMING,
  });
}

function storeRow(google: FakeGoogle, key: string): string[] | undefined {
  const row = google.active
    .getSheetByName(STORE_SHEET)
    ?.grid()
    .find((r) => r[0] === key);
  return row
    ?.slice(1)
    .map(String)
    .filter((c) => c !== '');
}

describe('a summary of 30 schools with a budget of 5 «seconds» per call', () => {
  const d = sharedDistrict({ ...SAMPLE_OPTIONS, schools: 30, teachersPerSchool: 30 });
  const steps: JobProgress[] = [];
  let done: Extract<JobStep, { status: 'done' }> | null = null;
  let chunkCells: string[] = [];
  beforeAll(() => {
    const clock = tickingClock();
    let step = json(server(d.google, clock, 5).startJob('summary'));
    while (step.status === 'running') {
      steps.push(step.progress);
      chunkCells = storeRow(d.google, 'job') ?? chunkCells;
      step = json(server(d.google, clock, 5).continueJob(step.progress.jobId));
    }
    done = step;
  });

  test('stops at checkpoints and continues on the next call', () => {
    expect(steps.length).toBeGreaterThan(5);
    expect(done?.outcome.message).toMatch(/^Сводная собрана/);
  });

  test('reports the stage, the next school and how many are done', () => {
    const reading = steps.filter((s) => s.stage === 'Проверка листов ОО');
    expect(reading[0]).toMatchObject({ kind: 'summary', total: 30, school: expect.any(String) });
    expect(reading.map((s) => s.done)).toEqual([...reading.map((s) => s.done)].sort((a, b) => a - b));
    expect(reading.at(-1)!.done).toBeLessThan(30);
  });

  test('gives exactly the figures of a build in one go', () => {
    const row = d.google.active
      .sheet(STORE_SHEET)
      .grid()
      .find((r) => String(r[0]).startsWith('snapshot:'))!;
    expect(JSON.parse(row.slice(1).join(''))).toEqual(d.offline);
  });

  test('keeps its state in the hidden sheet in cells of at most 49 000 characters, and removes it at the end', () => {
    expect(chunkCells.length).toBeGreaterThan(1);
    expect(Math.max(...chunkCells.map((c) => c.length))).toBeLessThanOrEqual(CHUNK);
    expect(d.google.active.sheet(STORE_SHEET).hidden).toBe(true);
    expect(storeRow(d.google, 'job')).toBeUndefined();
  });
});

test('when reading took most of the call, writing the results waits for the next call', () => {
  const d = sharedDistrict({ ...SAMPLE_OPTIONS, schools: 4, teachersPerSchool: 5 });
  const clock = tickingClock();
  withGoogle(d.google);
  const s = createServer(gasPorts(clock), {
    job: { chunkMs: 60_000, finishWithinMs: 3_000, abandonedAfterMs: 600_000 },
    setup: DEFAULT_SETUP_TIMING,
  });
  const first = json(s.startJob('check'));
  expect(first).toMatchObject({
    status: 'running',
    progress: { stage: 'Запись результатов', done: 4, total: 4, school: null },
  });
  const second = json(s.continueJob(first.status === 'running' ? first.progress.jobId : ''));
  expect(second.status).toBe('done');
});

describe('one job at a time', () => {
  const d = sharedDistrict({ ...SAMPLE_OPTIONS, schools: 6, teachersPerSchool: 5 });
  const clock = tickingClock();
  let jobId = '';
  beforeAll(() => {
    const first = json(server(d.google, clock, 2).startJob('summary'));
    if (first.status === 'running') jobId = first.progress.jobId;
  });

  test('a second start while a job runs is refused in Russian', () => {
    expect(jobId).not.toBe('');
    expect(() => server(d.google, clock, 2).startJob('check')).toThrow(/Уже выполняется «Собрать сводную»/);
  });

  test('continuing a job that is not there asks to start again', () => {
    expect(() => server(d.google, clock, 2).continueJob('summary-0-0')).toThrow(/Запустите действие ещё раз/);
  });

  test('a job nobody continued is replaced by a new one', () => {
    clock.t += 700;
    const fresh = json(server(d.google, clock, 600).startJob('check'));
    expect(fresh.status).toBe('done');
  });

  test('when another run holds the document lock, the click waits and then says the table is busy', () => {
    d.google.lockFree = false;
    expect(() => server(d.google, clock, 2).startJob('summary')).toThrow(/Таблица занята/);
    expect(d.google.lockEvents.at(-1)).toBe('try 30000');
    d.google.lockFree = true;
  });
});

test('setting up many school files goes on over several clicks, each school getting one file', () => {
  const google = new FakeGoogleForSetup();
  const clock = tickingClock();
  withGoogle(google);
  const s = () =>
    createServer(gasPorts(clock), {
      job: { chunkMs: 240_000, finishWithinMs: 150_000, abandonedAfterMs: 90_000 },
      setup: { budgetMs: 8_000 },
    });
  s().setupWorkbook('per-school');
  fill(
    google.active.sheet(SHEET_NAMES.registry),
    generateDistrict({ ...SAMPLE_OPTIONS, schools: 12, teachersPerSchool: 1 }).district.find(
      (x) => x.name === SHEET_NAMES.registry,
    )!.values,
  );
  const pending: number[] = [];
  for (let i = 0; i < 20; i++) {
    const outcome = json(s().setupWorkbook('per-school'));
    pending.push(outcome.pending ?? 0);
    if (!outcome.pending) break;
    expect(outcome.message).toMatch(/нажмите «Настроить таблицу» ещё раз/);
  }
  expect(pending.length).toBeGreaterThan(2);
  expect(pending.at(-1)).toBe(0);
  const links = google.active
    .sheet(SHEET_NAMES.registry)
    .grid()
    .slice(1)
    .map((r) => String(r[4]));
  expect(links.every((l) => google.byUrl(l) !== undefined)).toBe(true);
  expect(new Set(links).size).toBe(12);
  expect(google.files.size).toBe(13);
});
