// The zod schema of summary.json (SPEC §8): reads a summary written earlier and rejects anything else.
import { z } from 'zod';
import { ISSUE_CODES, type IssueCode } from './issues';
import type { Summary } from './summary';

const countValue = z.object({ value: z.number() }).strict();
const shareValue = z.object({ numerator: z.number(), denominator: z.number(), value: z.number().nullable() }).strict();
const indicatorValue = z.union([shareValue, countValue]);
const rowCount = z.object({ read: z.number().int(), used: z.number().int(), excluded: z.number().int() }).strict();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const period = z.object({ start: isoDate, end: isoDate });
const count = z.number().int().nonnegative();

export const summarySchema = z.object({
  version: z.number().int().positive().optional(),
  municipality: z.string(),
  period,
  district: z.object({ indicators: z.record(z.string(), indicatorValue) }),
  // Issue 10; optional so that a summary.json written before it still reads as the previous build.
  byKind: z.array(z.object({
    kind: z.string(),
    schools: z.number().int(),
    submitted: z.number().int(),
    indicators: z.record(z.string(), indicatorValue),
  }).strict()).optional(),
  districts: z.array(z.object({
    municipality: z.string(),
    period,
    schoolsRegistered: count,
    schoolsSubmitted: count,
    errors: count,
    warnings: count,
    indicators: z.record(z.string(), indicatorValue),
  })).optional(),
  schools: z.array(z.object({
    municipality: z.string().optional(),
    code: z.string(),
    name: z.string(),
    submitted: z.boolean(),
    indicators: z.record(z.string(), indicatorValue),
    rows: z.record(z.string(), rowCount),
  })),
  issues: z.array(z.object({
    sheet: z.string(),
    cell: z.string(),
    row: z.number().int(),
    column: z.string(),
    severity: z.enum(['error', 'warning']),
    code: z.enum(Object.keys(ISSUE_CODES) as [IssueCode, ...IssueCode[]]),
    message: z.string(),
  })),
});

// The schema and the hand-written type must describe the same JSON: a difference is a compile error here.
type Parsed = z.infer<typeof summarySchema>;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
export const SCHEMA_MATCHES_TYPE: Same<Parsed, Summary> = true;

/** Reads a summary.json written earlier (the previous build, for dynamics); throws a zod error if it is not one. */
export function parseSummary(json: unknown): Summary {
  return summarySchema.parse(json);
}
