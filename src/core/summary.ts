// summary.json: its type and the conversions from a build and back. The zod schema is in summarySchema.ts
// and imported here only as types, so that code that only writes a summary (the Apps Script bundle) does not carry zod.
import type { z } from 'zod';
import { SCHOOL_SHEET_KINDS } from './catalogue/sheets';
import { CATALOGUE_VERSION } from './catalogue/version';
import type { BuildResult, IndicatorValue } from './districtResult';
import { INDICATOR_BY_CODE } from './catalogue/indicators';
import { districtMessage } from './issues';
import type { districtSummary, indicatorValue, kindSummary, schoolSummary, summarySchema } from './summarySchema';

/** summary.json; its type is inferred from the zod schema that reads it back. */
export type Summary = z.infer<typeof summarySchema>;
export type SummaryIndicator = z.infer<typeof indicatorValue>;
export type SummarySchool = z.infer<typeof schoolSummary>;
export type SummaryKind = z.infer<typeof kindSummary>;
export type SummaryDistrict = z.infer<typeof districtSummary>;

export function jsonValue(v: IndicatorValue): SummaryIndicator {
  return v.kind === 'count'
    ? { value: v.value }
    : { numerator: v.numerator, denominator: v.denominator, value: v.value };
}

/** A value read back from summary.json, with its catalogue kind (share or mean) that the JSON does not repeat. */
export function fromJson(code: string, v: SummaryIndicator | undefined): IndicatorValue | undefined {
  if (!v) return undefined;
  if (!('numerator' in v)) return { kind: 'count', value: v.value };
  const kind = INDICATOR_BY_CODE.get(code)?.kind === 'mean' ? 'mean' : 'share';
  return { kind, numerator: v.numerator, denominator: v.denominator, value: v.value };
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
    byKind: result.byKind.map((k) => ({
      kind: k.group,
      schools: k.schools,
      submitted: k.submitted,
      indicators: jsonIndicators(k.indicators),
    })),
    schools: result.schools.map((s) => ({
      code: s.school.code,
      name: s.school.name,
      submitted: s.submitted,
      indicators: jsonIndicators(s.indicators),
      rows: Object.fromEntries(SCHOOL_SHEET_KINDS.map((k) => [k, { ...s.rows[k] }])),
    })),
    issues: result.issues.map((i) => ({
      sheet: i.sheet,
      cell: i.cell,
      row: i.row,
      column: i.column,
      severity: i.severity,
      code: i.code,
      message: districtMessage(i),
    })),
  };
}
