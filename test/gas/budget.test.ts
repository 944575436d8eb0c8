// Call budgets of a full «Собрать сводную» (the built bundle in a vm): reads per school, opens per file, a fixed rest.
import { SAMPLE_OPTIONS } from '../../src/sample/district';
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
  google.recorder.reset();
  const step = addon.startJob('summary');
  expect(step.status).toBe('done');
  return classify(google.recorder.calls, google, schools, mode);
}

/** Building (settings, registry, lock, job state, snapshot) apart from writing the output sheets. */
const BUILD_OVERHEAD = 40;

// 100 schools do not fit one workbook (3 sheets each, 200 sheets at most): shared mode is measured up to 60.
describe.each([[10], [60]])('shared workbook, %i schools', (n) => {
  let c: CallCounts;
  beforeAll(() => { c = measure(n, 'shared'); });
  test('each school sheet is read with one getValues, no file is opened', () => {
    expect(c.opens).toBe(0);
    expect(c.schoolReads).toBeLessThanOrEqual(3 * n);
  });
  test('finding the sheets costs a name per sheet and a data range per read', () => {
    // + the names of the district's own sheets (Параметры, ОО, outputs, the store).
    expect(c.schoolLookups).toBeLessThanOrEqual(7 * n + 10);
  });
  test(`the rest is at most ${BUILD_OVERHEAD} calls besides writing the output sheets`, () => {
    expect(c.other - c.writing).toBeLessThanOrEqual(BUILD_OVERHEAD);
  });
});

describe.each([[10], [100], [150]])('one file per school, %i schools', (n) => {
  let c: CallCounts;
  beforeAll(() => { c = measure(n, 'per-school'); });
  test('each file is opened once and each of its sheets read with one getValues', () => {
    expect(c.opens).toBe(n);
    expect(c.schoolReads).toBeLessThanOrEqual(3 * n);
  });
  test('finding the sheets in a file costs at most 8 calls', () => {
    expect(c.schoolLookups).toBeLessThanOrEqual(8 * n + 10);
  });
  test(`the rest is at most ${BUILD_OVERHEAD} calls besides writing the output sheets`, () => {
    expect(c.other - c.writing).toBeLessThanOrEqual(BUILD_OVERHEAD);
  });
});

test('writing the output sheets costs the same for 10 and 150 schools: one call per kind of content, never per cell', () => {
  expect(measure(10, 'per-school').writing).toBe(measure(150, 'per-school').writing);
});
