// summary.json (SPEC §8): its type and the conversion from a build. The zod schema is in summarySchema.ts, so that
// code that only writes a summary (the Apps Script bundle) does not carry zod.
import { SCHOOL_SHEET_KINDS } from './catalogue/sheets';
import type { BuildResult, IndicatorValue } from './district';
import type { IssueCode } from './issues';

/** A count indicator: how many teachers (or events). */
export interface CountIndicator { value: number }
/** A share indicator: numerator of denominator; value null when the denominator is 0. */
export interface ShareIndicator { numerator: number; denominator: number; value: number | null }
export type SummaryIndicator = ShareIndicator | CountIndicator;

export interface SummaryRows { read: number; used: number; excluded: number }

export interface SummarySchool {
  code: string;
  name: string;
  submitted: boolean;
  indicators: Record<string, SummaryIndicator>;
  rows: Record<string, SummaryRows>;
}

export interface SummaryIssue {
  sheet: string;
  cell: string;
  row: number;
  column: string;
  severity: 'error' | 'warning';
  code: IssueCode;
  message: string;
}

/** The ОО of one kind (школы, ДОУ, УДО…): registered, submitted, and their Σ numerators / Σ denominators. */
export interface SummaryKind {
  kind: string;
  schools: number;
  submitted: number;
  indicators: Record<string, SummaryIndicator>;
}

/** summary.json; its zod schema (summarySchema.ts) is checked against this type at compile time. */
export interface Summary {
  municipality: string;
  period: { start: string; end: string };
  district: { indicators: Record<string, SummaryIndicator> };
  /** By kind of ОО (issue 10): only kinds the registry has; absent in summaries written before it. */
  byKind?: SummaryKind[];
  schools: SummarySchool[];
  issues: SummaryIssue[];
}

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
    byKind: result.byKind.map((k) => ({ kind: k.group, schools: k.schools, submitted: k.submitted, indicators: jsonIndicators(k.indicators) })),
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
