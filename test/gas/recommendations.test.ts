// «Сформировать отчёт» in per-school mode: each school file gets its `Рекомендации` — its section only, protected.
import { LETTER_SHEET } from '../../src/core/catalogue/documents';
import { SAMPLE_OPTIONS } from '../../tools/sample/district';
import type { ClockPort } from '../../src/app/ports';
import { createServer } from '../../src/app/server';
import { DEFAULT_SETUP_TIMING } from '../../src/app/setup';
import { gasPorts } from '../../src/gas/main';
import type { JobProgress, JobStep } from '../../src/shared/contract';
import { buildDist, json, loadAddon, readCode, runJob } from './harness';
import { OWNER } from './fakes/spreadsheet';
import { perSchoolDistrict, sharedDistrict, type LoadedDistrict } from './sampleWorkbook';

const SCHOOL_EDITOR = 'school01@kuzroo.example';

let code: string;
beforeAll(() => {
  code = readCode(buildDist());
});

const OPTIONS = { ...SAMPLE_OPTIONS, schools: 5, teachersPerSchool: [12, 10, 9, 8, 7], notSubmitted: 1 };
const texts = (d: LoadedDistrict, school: string) =>
  d.google
    .byUrl(d.files.get(school)!)!
    .sheet(LETTER_SHEET)
    .grid()
    .flat()
    .map(String)
    .filter((v) => v !== '');
/** The letter's section heads, «1. МБОУ …», as the Doc has them. */
const letterHeads = (d: LoadedDistrict) =>
  d.google.docs[1].body
    .text()
    .split('\n')
    .filter((p) => /^\d+\. /.test(p));

describe('per-school district: the report writes `Рекомендации` into each school file', () => {
  const d = perSchoolDistrict(OPTIONS);
  const names = new Map<string, string>();
  beforeAll(() => {
    runJob(loadAddon(d.google, code), 'report');
    for (const s of d.offline.schools) names.set(s.code, s.name);
  });

  test('a school the letter writes to gets its own section, numbered as in the letter, and no other school', () => {
    const heads = letterHeads(d);
    expect(heads.length).toBeGreaterThan(0);
    for (const [school, name] of names) {
      const head = heads.find((h) => h.endsWith(`. ${name}`));
      if (!head) continue;
      const all = texts(d, school);
      expect(all).toContain(head);
      for (const [other, otherName] of names) if (other !== school) expect(all.join('\n')).not.toContain(otherName);
    }
  });

  test('a school the letter skips gets a sheet saying it has no recommendations', () => {
    const skipped = [...names].filter(([, name]) => !letterHeads(d).some((h) => h.endsWith(`. ${name}`)));
    expect(skipped.length).toBeGreaterThan(0);
    for (const [school] of skipped)
      expect(texts(d, school).join('\n')).toMatch(/рекомендаций по его итогам нет|рекомендаций вашей организации нет/);
  });

  test('«Журнал» says the sheets were written into the school files', () => {
    const row = d.google.active.sheet('Журнал').grid().at(-1)!;
    expect(row[8]).toBe(
      'Аналитическая справка, Адресные рекомендации ОО, Проект приказа, «Рекомендации» в таблицах ОО',
    );
  });

  test('no teacher is named', () => {
    const all = [...names.keys()].flatMap((s) => texts(d, s)).join('\n');
    const teachers = [...d.files.values()].flatMap((url) =>
      d.google
        .byUrl(url)!
        .sheets.filter((s) => s.name === 'Педагоги')
        .flatMap((s) =>
          s
            .grid()
            .slice(1)
            .map((r) => String(r[0]))
            .filter((t) => t !== ''),
        ),
    );
    expect(teachers.length).toBeGreaterThan(10);
    expect(teachers.filter((t) => all.includes(t))).toEqual([]);
  });

  test('the school’s editor cannot edit it (protected for the owner only); every cell is text', () => {
    for (const url of d.files.values()) {
      const file = d.google.byUrl(url)!;
      const sheet = file.sheet(LETTER_SHEET);
      expect([...sheet.protections[0].editors]).toEqual([OWNER]);
      expect(sheet.cells.flat().some((c) => c.formula !== undefined)).toBe(false);
    }
    const file = d.google.byUrl(d.files.get('01')!)!;
    file.addEditors([SCHOOL_EDITOR]);
    d.google.session.user = SCHOOL_EDITOR;
    try {
      expect(() =>
        file
          .sheet('Педагоги')
          .getRange(2, 1)
          .setValues([['Петров Олег Иванович']]),
      ).not.toThrow();
      expect(() =>
        file
          .sheet(LETTER_SHEET)
          .getRange(2, 1)
          .setValues([['выполнено']]),
      ).toThrow();
    } finally {
      d.google.session.user = OWNER;
    }
  });
});

test('a second report replaces the sheet, it does not add another', () => {
  const d = perSchoolDistrict(OPTIONS);
  const addon = loadAddon(d.google, code);
  runJob(addon, 'report');
  runJob(addon, 'report');
  for (const url of d.files.values()) {
    expect(d.google.byUrl(url)!.sheets.filter((s) => s.name.startsWith(LETTER_SHEET))).toHaveLength(1);
  }
});

test('a school file the methodologist may only view is passed over; the report is still made', () => {
  const d = perSchoolDistrict(OPTIONS);
  const viewed = d.google.byUrl(d.files.get('02')!)!;
  viewed.viewOnly = true;
  const outcome = runJob(loadAddon(d.google, code), 'report');
  expect(outcome.documentUrls?.letter).toBeTruthy();
  expect(viewed.sheets.some((s) => s.name === LETTER_SHEET)).toBe(false);
  expect(d.google.byUrl(d.files.get('01')!)!.sheets.some((s) => s.name === LETTER_SHEET)).toBe(true);
});

test('shared mode: nothing is written into school sheets', () => {
  const d = sharedDistrict(OPTIONS);
  const before = d.google.active.sheets.map((s) => s.name);
  runJob(loadAddon(d.google, code), 'report');
  expect(d.google.active.sheets.map((s) => s.name).filter((n) => !before.includes(n))).not.toContain(LETTER_SHEET);
});

test('per school file: the read’s open and read, then one more open and one batchUpdate — O(schools) calls', () => {
  const d = perSchoolDistrict(OPTIONS);
  const addon = loadAddon(d.google, code);
  runJob(addon, 'summary');
  d.google.recorder.reset();
  runJob(addon, 'report');
  for (const url of d.files.values()) {
    const id = d.google.byUrl(url)!.id;
    const calls = d.google.recorder.calls.filter((c) => c.file === id).map((c) => c.detail ?? c.method);
    // Reading: its open (sheet list with values), perhaps one read of date formats; writing: an open and a batch.
    expect(calls.filter((c) => c === 'meta')).toHaveLength(2);
    expect(calls.filter((c) => c === 'batch')).toHaveLength(1);
    expect(calls.length).toBeLessThanOrEqual(4);
  }
});

describe('many school files with a budget of 5 «seconds» per call (a simulated clock)', () => {
  const d = perSchoolDistrict({ ...SAMPLE_OPTIONS, schools: 12, teachersPerSchool: 6, notSubmitted: 1 });
  const steps: JobProgress[] = [];
  let outcome: Extract<JobStep, { status: 'done' }>['outcome'] | null = null;
  beforeAll(() => {
    // One «second» each time the add-on looks at the clock: a call ends after a few schools.
    const clock = {
      t: 0,
      now: () => ++clock.t * 1000,
      executionStart: () => clock.t * 1000,
      today: () => '2021-11-15',
      stamp: () => '2021-11-15T09:00:00.000Z',
    };
    const server = () => {
      Object.assign(globalThis, d.google.globals());
      const job = { chunkMs: 5000, finishWithinMs: 5000, abandonedAfterMs: 600_000 };
      return createServer(gasPorts(clock as ClockPort), { job, setup: DEFAULT_SETUP_TIMING });
    };
    let step = json(server().startJob('report'));
    while (step.status === 'running') {
      steps.push(step.progress);
      step = json(server().continueJob(step.progress.jobId));
    }
    outcome = step.outcome;
  });
  afterAll(() => {
    for (const k of Object.keys(d.google.globals())) delete (globalThis as Record<string, unknown>)[k];
  });

  test('writing the files goes on over several calls, said in Russian, school by school', () => {
    const writing = steps.filter((s) => s.stage === 'Запись рекомендаций в таблицы ОО');
    expect(writing.length).toBeGreaterThan(1);
    expect(writing[0]).toMatchObject({ kind: 'report', total: 12, school: expect.any(String) });
    expect(writing.map((s) => s.done)).toEqual([...writing.map((s) => s.done)].sort((a, b) => a - b));
    expect(writing.at(-1)!.done).toBeLessThan(12);
  });

  test('the documents are made once, and every school file gets its sheet once', () => {
    expect(d.google.docs).toHaveLength(3);
    expect(outcome?.documentUrls?.letter).toBe(d.google.docs[1].url);
    for (const url of d.files.values()) {
      expect(d.google.byUrl(url)!.sheets.filter((s) => s.name.startsWith(LETTER_SHEET))).toHaveLength(1);
    }
  });
});
