// Call budgets of a full «Собрать сводную» (the built bundle in a vm), counting every call on every Google object.
// Fewer calls also matter for Google's own quota: the Sheets API serves 60 reads a minute per user.
import { SAMPLE_OPTIONS } from '../../tools/sample/district';
import { SCHOOLS_PER_READ } from '../../src/app/schoolRead';
import type { SetupMode } from '../../src/shared/contract';
import { classify, type CallCounts } from './budget';
import { buildDist, loadAddon, readCode } from './harness';
import { perSchoolDistrict, sharedDistrict } from './sampleWorkbook';

let code: string;
beforeAll(() => {
  code = readCode(buildDist());
});

function measure(schools: number, mode: SetupMode): CallCounts {
  const options = { ...SAMPLE_OPTIONS, schools, teachersPerSchool: 20, notSubmitted: 0 };
  const { google } = mode === 'shared' ? sharedDistrict(options) : perSchoolDistrict(options);
  const addon = loadAddon(google, code);
  // Calls, not time, are counted here: the whole build in one execution (test/gas/time.test.ts proves the time).
  google.clock.paused = true;
  google.recorder.reset();
  const step = addon.startJob('summary');
  expect(step.status).toBe('done');
  return classify(google.recorder.calls, google, schools, mode);
}

/**
 * Issue 3 / issue 5: the calls that do not depend on the number of schools. Issue 12 added 8: `Журнал`'s row (the
 * first one makes and protects the sheet) and the letters kept for «Напомнить школам».
 */
const OTHER = 48;

// 100 schools do not fit one workbook (3 sheets each, 200 sheets at most; 62 is the most setup allows).
describe.each([[10], [60]])('shared workbook, %i schools', (n) => {
  let c: CallCounts;
  beforeAll(() => {
    c = measure(n, 'shared');
  });
  test(`no file is opened; ${SCHOOLS_PER_READ} schools are read together: their values in one call, their date formats in one more`, () => {
    expect(c.opens).toBe(0);
    expect(c.schoolReads).toBe(2 * Math.ceil(n / SCHOOLS_PER_READ));
    expect(c.schoolOther).toBe(0);
  });
  test(`every other call together is at most ${OTHER}, the output sheets written in one batch`, () => {
    expect(c.other).toBeLessThanOrEqual(OTHER);
    expect(c.writing).toBe(1);
  });
  test(`in all, every call on a Google object: at most 3 per school + ${OTHER}`, () => {
    expect(c.total).toBeLessThanOrEqual(3 * n + OTHER);
  });
});

describe.each([[10], [100], [150]])('one file per school, %i schools', (n) => {
  let c: CallCounts;
  beforeAll(() => {
    c = measure(n, 'per-school');
  });
  test('each file is opened once (its sheet list with the values) and read once (which numbers are dates)', () => {
    expect(c.opens).toBe(n);
    expect(c.schoolReads).toBe(n);
    expect(c.schoolOther).toBe(0);
  });
  test(`every other call together is at most ${OTHER}, the output sheets written in one batch`, () => {
    expect(c.other).toBeLessThanOrEqual(OTHER);
    expect(c.writing).toBe(1);
  });
  test(`in all, every call on a Google object: at most 1 open + 3 reads per school + ${OTHER}`, () => {
    expect(c.total).toBeLessThanOrEqual(4 * n + OTHER);
  });
});

test('everything but the schools costs the same for 10 and 150 schools: never a call per cell or per row', () => {
  expect(measure(10, 'per-school').other).toBe(measure(150, 'per-school').other);
});

test('a second build costs no more than the first: the store and its protection are there, nothing waits for a flush', () => {
  const first = measure(10, 'shared');
  const options = { ...SAMPLE_OPTIONS, schools: 10, teachersPerSchool: 20, notSubmitted: 0 };
  const { google } = sharedDistrict(options);
  const addon = loadAddon(google, code);
  addon.startJob('summary');
  google.recorder.reset();
  addon.startJob('summary');
  const second = classify(google.recorder.calls, google, 10, 'shared');
  expect(second.total).toBeLessThanOrEqual(first.total);
  expect(second.total).toBeLessThanOrEqual(3 * 10 + OTHER);
  expect(google.recorder.count((c) => c.method === 'flush' || c.method === 'insertSheet')).toBe(0);
});
