// Output sheets are replaced in one batch: in place, all or nothing, protected for the owner and the user; and the
// add-on flushes its own SpreadsheetApp edits before the Sheets API reads, so the API never reads stale cells.
import { SHEET_NAMES } from '../../src/core/catalogue/sheets';
import { SAMPLE_OPTIONS } from '../../tools/sample/district';
import { BUILDING_SUFFIX } from '../../src/gas/swapSheets';
import { SHEET_LIMIT } from './fakes/grid';
import { OWNER } from './fakes/spreadsheet';
import { buildDist, loadAddon, readCode, runJob, type Addon } from './harness';
import { sharedDistrict, type LoadedDistrict } from './sampleWorkbook';

let code: string;
beforeAll(() => {
  code = readCode(buildDist());
});

const small = { ...SAMPLE_OPTIONS, schools: 3, teachersPerSchool: 6, notSubmitted: 0 };
const names = (d: LoadedDistrict) => d.google.active.sheets.map((s) => s.name);

describe('a second «Собрать сводную»', () => {
  let d: LoadedDistrict;
  let addon: Addon;
  let before: string[];
  beforeAll(() => {
    d = sharedDistrict(small);
    addon = loadAddon(d.google, code);
    runJob(addon, 'summary');
    // A sheet left by a run that was cut off mid-way.
    d.google.active.insertSheet(`${SHEET_NAMES.summary}${BUILDING_SUFFIX}`);
    d.google.active.sheet(SHEET_NAMES.summary).ensure(40, 1).value = 'старое';
    before = names(d).filter((n) => !n.endsWith(BUILDING_SUFFIX));
    d.google.recorder.reset();
    runJob(addon, 'summary');
  });

  test('replaces each output sheet where it was, drops the leftover and the old content', () => {
    expect(names(d)).toEqual(before);
    expect(d.google.active.sheet(SHEET_NAMES.summary).grid().flat()).not.toContain('старое');
  });

  test('writes all four in one batchUpdate and asks nobody for an email: the editors come with the sheet list', () => {
    const calls = d.google.recorder.calls;
    expect(calls.filter((c) => c.method === 'batchUpdate')).toHaveLength(1);
    expect(
      calls.filter((c) => ['getEffectiveUser', 'getActiveUser', 'getEditors', 'getEmail'].includes(c.method)),
    ).toEqual([]);
    for (const name of [
      SHEET_NAMES.summary,
      SHEET_NAMES.summaryBySubject,
      SHEET_NAMES.errors,
      SHEET_NAMES.coursePlan,
    ]) {
      expect([...d.google.active.sheet(name).protections[0].editors]).toEqual([OWNER]);
    }
  });
});

test('when the batch fails (no room for the new sheets), the previous summary stays exactly as it was', () => {
  const d = sharedDistrict(small);
  const addon = loadAddon(d.google, code);
  runJob(addon, 'summary');
  const summary = d.google.active.sheet(SHEET_NAMES.summary).grid();
  for (let i = d.google.active.sheets.length; i < SHEET_LIMIT; i++) d.google.active.insertSheet(`Черновик ${i}`);
  const before = names(d);
  expect(() => runJob(addon, 'summary')).toThrow(/PedMonitor не смог выполнить действие: .*200 листов/);
  expect(names(d)).toEqual(before);
  expect(d.google.active.sheet(SHEET_NAMES.summary).grid()).toEqual(summary);
});

test('after edits through SpreadsheetApp (setup, marks) the next Sheets API call comes after a flush', () => {
  const d = sharedDistrict(small);
  const addon = loadAddon(d.google, code);
  d.google.recorder.reset();
  // The first summary of a workbook creates its store sheet through SpreadsheetApp just before the batch.
  runJob(addon, 'summary');
  addon.setupWorkbook('shared');
  runJob(addon, 'check');
  const edits = new Set([
    'setValues',
    'setNotes',
    'setBackgrounds',
    'insertSheet',
    'hideSheet',
    'protect',
    'removeEditors',
    'addEditors',
    'setDataValidations',
    'setNumberFormats',
    'clearContent',
  ]);
  let unflushed = 0;
  let apiAfterEdits = 0;
  for (const c of d.google.recorder.calls) {
    // A new call of the add-on starts with getActiveSpreadsheet; Apps Script wrote out the previous call's edits.
    if (c.method === 'flush' || c.method === 'getActiveSpreadsheet') unflushed = 0;
    else if (edits.has(c.method)) unflushed++;
    else if (c.on === 'Sheets.Spreadsheets') {
      if (unflushed > 0) throw new Error(`${c.method} (${c.detail}) after ${unflushed} unflushed edits`);
      apiAfterEdits++;
    }
  }
  expect(apiAfterEdits).toBeGreaterThan(0);
  expect(d.google.recorder.count((c) => c.method === 'flush')).toBeGreaterThan(0);
});
