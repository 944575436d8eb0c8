// The zod schema of summary.json: reads a summary written earlier and rejects anything else. The types of
// summary.json (summary.ts) are inferred from it, so the two cannot drift apart.
import { z } from 'zod';
import { ISSUE_CODES, type IssueCode } from './issues';
import type { Summary } from './summary';

const countValue = z.object({ value: z.number() }).strict();
const shareValue = z.object({ numerator: z.number(), denominator: z.number(), value: z.number().nullable() }).strict();
/** A count ({ value }), or a share or mean: numerator of denominator, value null when the denominator is 0. */
export const indicatorValue = z.union([shareValue, countValue]);
const rowCount = z.object({ read: z.number().int(), used: z.number().int(), excluded: z.number().int() }).strict();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const period = z.object({ start: isoDate, end: isoDate });
const count = z.number().int().nonnegative();
const indicators = z.record(z.string(), indicatorValue);

/** The ОО of one kind (школы, ДОУ, УДО…): registered, submitted, and their Σ numerators / Σ denominators. */
export const kindSummary = z
  .object({
    kind: z.string(),
    schools: z.number().int(),
    submitted: z.number().int(),
    indicators,
  })
  .strict();

/** One district of a roll-up: its totals and how complete its data is, never its cells or people. */
export const districtSummary = z.object({
  municipality: z.string(),
  period,
  schoolsRegistered: count,
  schoolsSubmitted: count,
  // How many errors and warnings the district's own build reported (the issues stay in the district).
  errors: count,
  warnings: count,
  indicators,
});

export const schoolSummary = z.object({
  // Only in a roll-up: the district (municipality) the school belongs to; codes repeat between districts.
  municipality: z.string().optional(),
  code: z.string(),
  name: z.string(),
  submitted: z.boolean(),
  indicators,
  rows: z.record(z.string(), rowCount),
});

export const summarySchema = z.object({
  // CATALOGUE_VERSION of the build; absent in summaries written before versions existed.
  version: z.number().int().positive().optional(),
  municipality: z.string(),
  period,
  // The totals: of the district, or of every district in a roll-up.
  district: z.object({ indicators }),
  // Issue 10; optional so that a summary.json written before it still reads as the previous build.
  byKind: z.array(kindSummary).optional(),
  // Only in a roll-up (region, federal level): one entry per district.
  districts: z.array(districtSummary).optional(),
  schools: z.array(schoolSummary),
  issues: z.array(
    z.object({
      sheet: z.string(),
      cell: z.string(),
      row: z.number().int(),
      column: z.string(),
      severity: z.enum(['error', 'warning']),
      code: z.enum(Object.keys(ISSUE_CODES) as [IssueCode, ...IssueCode[]]),
      message: z.string(),
    }),
  ),
});

/** Reads a summary.json written earlier (the previous build, for dynamics); throws a zod error if it is not one. */
export function parseSummary(json: unknown): Summary {
  return summarySchema.parse(json);
}
