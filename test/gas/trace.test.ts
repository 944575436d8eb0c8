// The scripted district year (npm run gas:trace) keeps Google's rules: valid requests, ranges inside the grid,
// at most 330 s an execution, every failure in Russian, and the work shared by several users.
import { END_BY_MS } from '../../src/app/executionBudget';
import { buildDist, readCode } from './harness';
import { runYear, type TraceLog } from './trace/year';

const log: TraceLog = { sheetsApi: [], ranges: [], executions: [] };
beforeAll(() => {
  const code = readCode(buildDist());
  runYear(code, 'shared', log);
  runYear(code, 'per-school', log);
}, 120_000);

test('every Sheets API call was sent and accepted (each is validated against the discovery document)', () => {
  expect(log.sheetsApi.length).toBeGreaterThan(20);
  expect(log.executions.filter((e) => /Invalid JSON payload/.test(e.error ?? ''))).toEqual([]);
});

test('every SpreadsheetApp range lies inside its sheet’s grid at that moment', () => {
  expect(log.ranges.length).toBeGreaterThan(20);
  const outside = log.ranges.filter(
    (r) => r.row + r.numRows - 1 > r.maxRows || r.column + r.numColumns - 1 > r.maxColumns,
  );
  expect(outside).toEqual([]);
});

test('no execution takes more than 330 s of simulated time', () => {
  expect(Math.max(...log.executions.map((e) => e.simulatedMs))).toBeLessThanOrEqual(END_BY_MS);
});

test('every failure is a Russian message without Google’s English inside', () => {
  const failures = log.executions.filter((e) => !e.ok);
  for (const f of failures) {
    expect(f.error).toMatch(/[А-Яа-яЁё]/);
    expect(f.error).not.toMatch(/You are trying|permission|Exceeded maximum/);
  }
});

test('at least three functions succeed for two different users, in both modes', () => {
  for (const mode of ['shared', 'per-school']) {
    const byFunction = new Map<string, Set<string>>();
    for (const e of log.executions.filter((x) => x.ok && x.mode === mode)) {
      byFunction.set(e.function, (byFunction.get(e.function) ?? new Set()).add(e.user));
    }
    expect([...byFunction.values()].filter((users) => users.size >= 2).length).toBeGreaterThanOrEqual(3);
  }
});
