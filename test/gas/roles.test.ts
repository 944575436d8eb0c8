// Several users in one district workbook: methodologists (the owner and those in `Параметры`) run everything;
// a school's editor checks its own sheets only; anyone else gets a clear Russian refusal.
import { PARAMETERS } from '../../src/core/catalogue/parameters';
import { SHEET_NAMES } from '../../src/core/catalogue/sheets';
import type { SheetData } from '../../src/core/table';
import { generateDistrict, SAMPLE_OPTIONS } from '../../tools/sample/district';
import { STORE_SHEET } from '../../src/gas/storeSheet';
import { COLLEAGUE, OWNER, SCHOOL_EDITOR } from './fakes/access';
import { FakeGoogle } from './fakes/google';
import { buildDist, fill, json, loadAddon, readCode, runJob, type Addon } from './harness';

let code: string;
let google: FakeGoogle;
let addon: Addon;
const sample = generateDistrict({
  ...SAMPLE_OPTIONS,
  schools: 3,
  teachersPerSchool: 6,
  notSubmitted: 0,
  handmade: false,
});
const sheet = (name: string) => sample.district.find((s) => s.name === name) as SheetData;

beforeAll(() => {
  code = readCode(buildDist());
  google = new FakeGoogle();
  addon = loadAddon(google, code);
  addon.setupWorkbook('shared');
  const parameters = [...sheet(SHEET_NAMES.parameters).values, [PARAMETERS.methodologists.key, COLLEAGUE]];
  fill(google.active.sheet(SHEET_NAMES.parameters), parameters);
  fill(google.active.sheet(SHEET_NAMES.registry), sheet(SHEET_NAMES.registry).values);
  google.active.addEditors([COLLEAGUE, 'metodist3@kuzroo.example']);
  while ((addon.setupWorkbook('shared').pending ?? 0) > 0);
  for (const s of sample.district.filter((x) => /^\d\d /.test(x.name))) fill(google.active.sheet(s.name), s.values);
});

afterEach(() => {
  google.session.user = OWNER;
});

test('a colleague listed in `Параметры` builds the summary, protected for the owner and the colleague', () => {
  google.session.user = COLLEAGUE;
  expect(runJob(addon, 'summary').message).toMatch(/^Сводная собрана/);
  const editors = [...google.active.sheet(SHEET_NAMES.summary).protections[0].editors];
  expect(editors).toEqual(expect.arrayContaining([OWNER, COLLEAGUE]));
  expect(editors).not.toContain(SCHOOL_EDITOR);
  const store = [...google.active.sheet(STORE_SHEET).protections[0].editors];
  expect(store).toEqual(expect.arrayContaining([OWNER, COLLEAGUE]));
});

test('the colleague may mark cells of every school’s sheets: a check by the colleague succeeds', () => {
  google.session.user = COLLEAGUE;
  expect(runJob(addon, 'check').kind).toBe('check');
});

test('a colleague granted after `Журнал` was made may add its rows too (setup lists them as its editors)', () => {
  google.session.user = OWNER;
  while ((addon.setupWorkbook('shared').pending ?? 0) > 0);
  expect([...google.active.sheet(SHEET_NAMES.journal).protections[0].editors]).toContain(COLLEAGUE);
  google.session.user = COLLEAGUE;
  const rows = google.active.sheet(SHEET_NAMES.journal).grid().length;
  runJob(addon, 'check');
  expect(google.active.sheet(SHEET_NAMES.journal).grid()).toHaveLength(rows + 1);
});

test('an editor of the workbook who is not listed gets a Russian refusal that says what to do', () => {
  google.session.user = 'metodist3@kuzroo.example';
  expect(() => addon.startJob('summary')).toThrow(/нет прав на действия PedMonitor.*Методисты \(e-mail\)/);
  expect(() => addon.setupWorkbook('shared')).toThrow(/нет прав/);
});

describe('a school’s editor', () => {
  test('«Проверить данные» checks its own sheets only and shows their issues in the panel', () => {
    google.session.user = OWNER;
    const errorsBefore = google.active.sheet(SHEET_NAMES.errors).grid();
    google.session.user = SCHOOL_EDITOR;
    const step = json(addon.startJob('check'));
    expect(step.status).toBe('done');
    if (step.status !== 'done') return;
    expect(step.outcome.state.schools.map((s) => s.code)).toEqual(['01']);
    expect(step.outcome.state.issues.length).toBeGreaterThan(0);
    expect(step.outcome.state.issues.every((i) => i.sheet.startsWith('01 '))).toBe(true);
    // Its status too (issue 12): setup added «Дата сдачи» to `ОО`, no date there yet — «заполняет».
    expect(step.outcome.state.schools[0].status).toBe('filling');
    // The outputs are the methodologists': the school's check leaves `Ошибки` as it was.
    expect(google.active.sheet(SHEET_NAMES.errors).grid()).toEqual(errorsBefore);
  });

  test('the same from the menu: the result in a message, nothing refused', () => {
    google.session.user = SCHOOL_EDITOR;
    addon.menuCheck();
    expect(google.ui.alerts.at(-1)?.text).toMatch(/Проверка|ошиб/i);
    expect(google.executions.at(-1)?.ok).toBe(true);
  });

  test('can never change the outputs: a summary, a report or a setup is refused in Russian', () => {
    google.session.user = SCHOOL_EDITOR;
    const runs = [() => addon.startJob('summary'), () => addon.startJob('report'), () => addon.setupWorkbook('shared')];
    for (const run of runs) {
      expect(run).toThrow(/только методистам района/);
    }
  });
});
