// Summaries of earlier builds kept in the workbook, one per period: the report's dynamics compare with them.
import type { Period } from '../core/settings';
import { parseSummary, type Summary } from '../core/summary';
import type { StorePort } from './ports';

const PREFIX = 'snapshot:';

export function snapshotKey(period: Period): string {
  return `${PREFIX}${period.start}:${period.end}`;
}

/** Keeps this build's summary; a rebuild of the same period replaces it. */
export function saveSnapshot(store: StorePort, summary: Summary): void {
  store.set(snapshotKey(summary.period), JSON.stringify(summary));
}

export function readSnapshot(store: StorePort, period: Period): Summary | undefined {
  const text = store.get(snapshotKey(period));
  return text === null ? undefined : parseSummary(JSON.parse(text));
}

/** The latest summary of a period that ended before this one started: the report compares with it. */
export function previousSnapshot(store: StorePort, current: Period): Summary | undefined {
  const earlier = store.keys()
    .filter((k) => k.startsWith(PREFIX))
    .map((k) => ({ key: k, end: k.slice(PREFIX.length).split(':')[1] ?? '' }))
    .filter((k) => k.end !== '' && k.end < current.start)
    .sort((a, b) => (a.end < b.end ? 1 : -1));
  for (const k of earlier) {
    const text = store.get(k.key);
    if (text === null) continue;
    // A snapshot left by an older version that no longer parses is skipped, not fatal for the report.
    try {
      return parseSummary(JSON.parse(text));
    } catch {
      continue;
    }
  }
  return undefined;
}
