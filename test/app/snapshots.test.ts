// Snapshots of earlier summaries: the report compares with the latest period that ended before this one.
import type { StorePort } from '../../src/app/ports';
import { previousSnapshot, readSnapshot, saveSnapshot } from '../../src/app/snapshots';
import type { Summary } from '../../src/core/summary';

function memoryStore(): StorePort {
  const m = new Map<string, string>();
  return {
    get: (k) => m.get(k) ?? null,
    set: (k, v) => {
      m.set(k, v);
    },
    remove: (k) => {
      m.delete(k);
    },
    keys: () => [...m.keys()],
  };
}

const summary = (start: string, end: string, k1: number): Summary => ({
  municipality: 'Кузнецкого района',
  period: { start, end },
  district: { indicators: { K1: { value: k1 } } },
  schools: [],
  issues: [],
});

test('a rebuild of the same period replaces its snapshot', () => {
  const store = memoryStore();
  saveSnapshot(store, summary('2020-09-01', '2021-08-31', 230));
  saveSnapshot(store, summary('2020-09-01', '2021-08-31', 241));
  expect(readSnapshot(store, { start: '2020-09-01', end: '2021-08-31' })?.district.indicators.K1).toEqual({
    value: 241,
  });
  expect(store.keys()).toHaveLength(1);
});

test('the previous is the latest period that ended before this one began, never this one', () => {
  const store = memoryStore();
  saveSnapshot(store, summary('2018-09-01', '2019-08-31', 200));
  saveSnapshot(store, summary('2019-09-01', '2020-08-31', 220));
  saveSnapshot(store, summary('2020-09-01', '2021-08-31', 241));
  expect(previousSnapshot(store, { start: '2020-09-01', end: '2021-08-31' })?.period.end).toBe('2020-08-31');
  expect(previousSnapshot(store, { start: '2018-09-01', end: '2019-08-31' })).toBeUndefined();
});

test('a damaged snapshot is skipped in favour of an older good one', () => {
  const store = memoryStore();
  saveSnapshot(store, summary('2018-09-01', '2019-08-31', 200));
  store.set('snapshot:2019-09-01:2020-08-31', '{"municipality":');
  expect(previousSnapshot(store, { start: '2020-09-01', end: '2021-08-31' })?.period.end).toBe('2019-08-31');
});

test('a snapshot that is JSON but not a summary (another version wrote it) is skipped too', () => {
  const store = memoryStore();
  saveSnapshot(store, summary('2018-09-01', '2019-08-31', 200));
  store.set(
    'snapshot:2019-09-01:2020-08-31',
    JSON.stringify({
      municipality: 'Кузнецкого района',
      period: { start: '2019-09-01', end: '2020-08-31' },
      district: { indicators: { K1: 230 } },
      schools: [],
      issues: [],
    }),
  );
  expect(previousSnapshot(store, { start: '2020-09-01', end: '2021-08-31' })?.period.end).toBe('2019-08-31');
});
