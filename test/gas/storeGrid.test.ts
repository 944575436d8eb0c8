// The store sheet within Google's grid: a state past column Z grows the grid first, and reads back whole.
import { gasPorts } from '../../src/gas/main';
import { STORE_SHEET } from '../../src/gas/storeSheet';
import { FakeGoogle } from './fakes/google';

const GLOBALS = [
  'SpreadsheetApp',
  'DocumentApp',
  'LockService',
  'PropertiesService',
  'HtmlService',
  'Utilities',
  'Session',
  'Sheets',
];

function withGoogle<T>(google: FakeGoogle, work: () => T): T {
  const g = globalThis as Record<string, unknown>;
  const saved = GLOBALS.map((k) => g[k]);
  Object.assign(g, google.globals());
  try {
    return work();
  } finally {
    GLOBALS.forEach((k, i) => {
      g[k] = saved[i];
    });
  }
}

// 1 300 000 characters: 27 chunks of 49 000 plus the key — columns A to AB, past the 26 of a new sheet.
const big = 'Кузнецкий район; '.repeat(76_471).slice(0, 1_300_000);

test('a state of 1,3 M characters passes column Z: the store grows its grid and reads the same text back', () => {
  const google = new FakeGoogle();
  withGoogle(google, () => gasPorts().store.set('job', big));
  const sheet = google.active.sheet(STORE_SHEET);
  expect(sheet.maxColumns).toBeGreaterThan(26);
  expect(withGoogle(google, () => gasPorts().store.get('job'))).toBe(big);
});

test('a store grown by an earlier run is asked its size once and grows further only as needed', () => {
  const google = new FakeGoogle();
  withGoogle(google, () => gasPorts().store.set('job', big));
  withGoogle(google, () => gasPorts().store.set('snapshot:2020-09-01', `${big}${big}`));
  expect(withGoogle(google, () => gasPorts().store.get('snapshot:2020-09-01'))).toBe(`${big}${big}`);
  expect(withGoogle(google, () => gasPorts().store.get('job'))).toBe(big);
});
