// Summaries of earlier builds kept in the workbook, one per period: the report's dynamics compare with them.
import type { Period } from '../core/settings';
import type { Summary, SummaryIndicator } from '../core/summary';
import type { StorePort } from './ports';

const PREFIX = 'snapshot:';

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isIso = (x: unknown) => typeof x === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(x);
const isIndicator = (x: unknown): x is SummaryIndicator =>
  isObject(x) && (typeof x.value === 'number' || x.value === null);
const indicatorsOk = (x: unknown) => isObject(x) && Object.values(x).every(isIndicator);

/**
 * A snapshot as the report reads it, or an error when it is not one. Not the zod schema of summarySchema.ts: that
 * would put zod (most of the bundle) into Apps Script for the one check the add-on makes of its own writing.
 */
export function parseSnapshot(json: unknown): Summary {
  const ok =
    isObject(json)
    && typeof json.municipality === 'string'
    && isObject(json.period)
    && isIso(json.period.start)
    && isIso(json.period.end)
    && isObject(json.district)
    && indicatorsOk(json.district.indicators)
    && Array.isArray(json.schools)
    && json.schools.every(
      (s) =>
        isObject(s)
        && typeof s.code === 'string'
        && typeof s.name === 'string'
        && typeof s.submitted === 'boolean'
        && indicatorsOk(s.indicators),
    )
    && Array.isArray(json.issues);
  if (!ok) throw new Error('snapshot: not a summary');
  return json as unknown as Summary;
}

export function snapshotKey(period: Period): string {
  return `${PREFIX}${period.start}:${period.end}`;
}

/** Keeps this build's summary; a rebuild of the same period replaces it. */
export function saveSnapshot(store: StorePort, summary: Summary): void {
  store.set(snapshotKey(summary.period), JSON.stringify(summary));
}

export function readSnapshot(store: StorePort, period: Period): Summary | undefined {
  const text = store.get(snapshotKey(period));
  return text === null ? undefined : parseSnapshot(JSON.parse(text));
}

/** The latest summary of a period that ended before this one started: the report compares with it. */
export function previousSnapshot(store: StorePort, current: Period): Summary | undefined {
  const earlier = store
    .keys()
    .filter((k) => k.startsWith(PREFIX))
    .map((k) => ({ key: k, end: k.slice(PREFIX.length).split(':')[1] ?? '' }))
    .filter((k) => k.end !== '' && k.end < current.start)
    .sort((a, b) => (a.end < b.end ? 1 : -1));
  for (const k of earlier) {
    const text = store.get(k.key);
    if (text === null) continue;
    // A snapshot left by an older version that no longer parses is skipped, not fatal for the report.
    try {
      return parseSnapshot(JSON.parse(text));
    } catch {
      continue;
    }
  }
  return undefined;
}
