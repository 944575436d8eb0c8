// summary.json (SPEC §8): the machine-readable result, its zod schema, and the conversion from a build.
import { z } from 'zod';
import { SCHOOL_SHEET_KINDS } from './catalogue/sheets';
import type { BuildResult, IndicatorValue } from './district';
import { ISSUE_CODES, type IssueCode } from './issues';

const countValue = z.object({ value: z.number() }).strict();
const shareValue = z.object({ numerator: z.number(), denominator: z.number(), value: z.number().nullable() }).strict();
const indicatorValue = z.union([shareValue, countValue]);
const rowCount = z.object({ read: z.number().int(), used: z.number().int(), excluded: z.number().int() }).strict();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const summarySchema = z.object({
  municipality: z.string(),
  period: z.object({ start: isoDate, end: isoDate }),
  district: z.object({ indicators: z.record(z.string(), indicatorValue) }),
  schools: z.array(z.object({
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

export type Summary = z.infer<typeof summarySchema>;
export type SummaryIndicator = z.infer<typeof indicatorValue>;

export function jsonValue(v: IndicatorValue): SummaryIndicator {
  return v.kind === 'count' ? { value: v.value } : { numerator: v.numerator, denominator: v.denominator, value: v.value };
}

function jsonIndicators(values: Record<string, IndicatorValue>): Record<string, SummaryIndicator> {
  const out: Record<string, SummaryIndicator> = {};
  for (const [code, v] of Object.entries(values)) out[code] = jsonValue(v);
  return out;
}

export function toSummary(result: BuildResult): Summary {
  return {
    municipality: result.settings.municipality,
    period: { ...result.settings.period },
    district: { indicators: jsonIndicators(result.district) },
    schools: result.schools.map((s) => ({
      code: s.school.code,
      name: s.school.name,
      submitted: s.submitted,
      indicators: jsonIndicators(s.indicators),
      rows: Object.fromEntries(SCHOOL_SHEET_KINDS.map((k) => [k, { ...s.rows[k] }])),
    })),
    issues: result.issues.map((i) => ({
      sheet: i.sheet, cell: i.cell, row: i.row, column: i.column, severity: i.severity, code: i.code, message: i.message,
    })),
  };
}

/** Reads a summary.json written earlier (the previous build, for dynamics); throws a zod error if it is not one. */
export function parseSummary(json: unknown): Summary {
  return summarySchema.parse(json);
}
