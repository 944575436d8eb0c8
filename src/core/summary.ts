// summary.json (SPEC §8): its type and the conversion from a build. The zod schema is in summarySchema.ts, so that
// code that only writes a summary (the Apps Script bundle) does not carry zod.
import { SCHOOL_SHEET_KINDS } from './catalogue/sheets';
import { CATALOGUE_VERSION } from './catalogue/version';
import type { BuildResult, IndicatorValue } from './districtResult';
import { districtMessage, type IssueCode } from './issues';

/** A count indicator: how many teachers (or events). */
export interface CountIndicator { value: number }
/** A share indicator: numerator of denominator; value null when the denominator is 0. */
export interface ShareIndicator { numerator: number; denominator: number; value: number | null }
export type SummaryIndicator = ShareIndicator | CountIndicator;

export interface SummaryRows { read: number; used: number; excluded: number }

export interface SummarySchool {
  /** Only in a roll-up: the district (municipality) the school belongs to; codes repeat between districts. */
  municipality?: string;
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

/** One district of a roll-up: its totals and how complete its data is, never its cells or people. */
export interface SummaryDistrict {
  municipality: string;
  period: { start: string; end: string };
  schoolsRegistered: number;
  schoolsSubmitted: number;
  /** How many errors and warnings the district's own build reported (the issues stay in the district). */
  errors: number;
  warnings: number;
  indicators: Record<string, SummaryIndicator>;
}

/** summary.json; its zod schema (summarySchema.ts) is checked against this type at compile time. */
export interface Summary {
  /** CATALOGUE_VERSION of the build; absent in summaries written before versions existed. */
  version?: number;
  municipality: string;
  period: { start: string; end: string };
  /** The totals: of the district, or of every district in a roll-up. */
  district: { indicators: Record<string, SummaryIndicator> };
  /** By kind of ОО (issue 10): only kinds the registry has; absent in summaries written before it. */
  byKind?: SummaryKind[];
  /** Only in a roll-up (region, federal level): one entry per district. */
  districts?: SummaryDistrict[];
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
    version: CATALOGUE_VERSION,
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
      sheet: i.sheet, cell: i.cell, row: i.row, column: i.column, severity: i.severity, code: i.code, message: districtMessage(i),
    })),
  };
}
