// A summary.json given to the roll-up: the version first, then its shape (summarySchema.ts), else a Russian refusal.
import { parseSummary } from '../summarySchema';
import type { Summary } from '../summary';
import { checkVersion, notASummary } from './refusals';

/** The parsed JSON of `label` as a summary this catalogue can add up, or a DataError saying why not. */
export function acceptSummary(label: string, json: unknown): Summary {
  checkVersion(label, json);
  try {
    return parseSummary(json);
  } catch (e) {
    const first = (e as { issues?: { path: PropertyKey[] }[] }).issues?.[0];
    const field = first && first.path.length > 0 ? first.path.map(String).join('.') : undefined;
    const where = field === undefined ? undefined : `поле ${field} не такое, как в summary.json PedMonitor`;
    throw notASummary(label, where);
  }
}
