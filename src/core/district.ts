// The district's result: each school's indicators, the district sums, targets and every issue in reading order.
import { INDICATORS, INDICATOR_BY_CODE, type IndicatorDef } from './catalogue/indicators';
import { courseColumns, SCHOOL_SHEET_KINDS, SHEET_NAMES, type SchoolSheetKind } from './catalogue/sheets';
import { parseA1 } from './cells';
import { issue, q, type Issue } from './issues';
import type { DistrictPlan } from './plan';
import type { School } from './registry';
import { emptyAnalysis, type Figure, type PlanEntry, type SchoolAnalysis } from './school/analyse';
import type { RowCount } from './school/context';
import type { Settings } from './settings';
import { matchKey } from './text';

export type IndicatorValue =
  | { kind: 'count'; value: number }
  | { kind: 'share' | 'mean'; numerator: number; denominator: number; value: number | null };

export interface SchoolResult {
  school: School;
  submitted: boolean;
  rows: Record<SchoolSheetKind, RowCount>;
  indicators: Record<string, IndicatorValue>;
  /** Codes of indicators whose target this school misses. */
  belowTarget: string[];
  plan: PlanEntry[];
}

export interface TargetStatus {
  code: string;
  target: number;
  /** District value on the target's scale (percent for shares). */
  districtValue: number | null;
  below: string[];
}

export interface BuildResult {
  settings: Settings;
  schools: SchoolResult[];
  district: Record<string, IndicatorValue>;
  targets: TargetStatus[];
  issues: Issue[];
}

export function roundValue(x: number): number {
  return Math.round(x * 10000) / 10000;
}

function toValue(def: IndicatorDef, f: Figure): IndicatorValue {
  if (def.kind === 'count') return { kind: 'count', value: f.numerator };
  const d = f.denominator ?? 0;
  return { kind: def.kind, numerator: roundValue(f.numerator), denominator: d, value: d === 0 ? null : roundValue(f.numerator / d) };
}

/** The value a target is compared with: percent for shares, the value itself otherwise. */
export function targetScale(def: IndicatorDef, v: IndicatorValue): number | null {
  if (v.kind === 'count') return v.value;
  if (v.value === null) return null;
  return def.kind === 'share' ? (v.numerator / v.denominator) * 100 : v.value;
}

export function assembleDistrict(plan: DistrictPlan, analyses: readonly SchoolAnalysis[]): BuildResult {
  const byCode = new Map(analyses.map((a) => [a.code, a]));
  const sums: Record<string, Figure> = {};
  for (const def of INDICATORS) sums[def.code] = def.denominator ? { numerator: 0, denominator: 0 } : { numerator: 0 };
  const schools: SchoolResult[] = plan.schools.map((school) => {
    const a = byCode.get(school.code) ?? emptyAnalysis(school.code);
    const indicators: Record<string, IndicatorValue> = {};
    if (a.submitted) {
      for (const def of INDICATORS) {
        const f = a.figures[def.code];
        if (!f) continue;
        indicators[def.code] = toValue(def, f);
        const s = sums[def.code];
        s.numerator += f.numerator;
        if (s.denominator !== undefined) s.denominator += f.denominator ?? 0;
      }
    }
    return { school, submitted: a.submitted, rows: a.rows, indicators, belowTarget: [], plan: a.plan };
  });
  const district: Record<string, IndicatorValue> = {};
  for (const def of INDICATORS) district[def.code] = toValue(def, sums[def.code]);

  const targets: TargetStatus[] = plan.settings.targets.map((t) => {
    const def = INDICATOR_BY_CODE.get(t.code) as IndicatorDef;
    const below: string[] = [];
    for (const s of schools) {
      const v = s.indicators[t.code];
      const x = v ? targetScale(def, v) : null;
      if (x !== null && x < t.value - 1e-9) {
        below.push(s.school.code);
        if (!s.belowTarget.includes(t.code)) s.belowTarget.push(t.code);
      }
    }
    return { code: t.code, target: t.value, districtValue: targetScale(def, district[t.code]), below };
  });

  const issues = [...plan.issues, ...analyses.flatMap((a) => a.issues), ...duplicateCertificates(plan, analyses)];
  return { settings: plan.settings, schools, district, targets, issues: sortIssues(issues, plan) };
}

function duplicateCertificates(plan: DistrictPlan, analyses: readonly SchoolAnalysis[]): Issue[] {
  const order = new Map(plan.schools.map((s, i) => [s.code, i]));
  const sorted = [...analyses].sort((a, b) => (order.get(a.code) ?? 0) - (order.get(b.code) ?? 0));
  const first = new Map<string, { sheet: string; cell: string }>();
  const out: Issue[] = [];
  for (const a of sorted) {
    for (const c of a.certificates) {
      const key = matchKey(c.number).replace(/[\s№#]/g, '');
      const seen = first.get(key);
      if (!seen) {
        first.set(key, { sheet: c.sheet, cell: c.cell });
        continue;
      }
      const external = a.issues.find((i) => i.sheet === c.sheet && i.external)?.external;
      out.push(issue({
        sheet: c.sheet, cell: c.cell, row: c.row, column: courseColumns.certificate.header, code: 'certificate_duplicate', school: a.code,
        ...(external ? { external } : {}),
        message: `Номер документа ${q(c.number)} уже указан: лист ${q(seen.sheet)}, ячейка ${seen.cell}. Проверьте, не внесён ли курс дважды.`,
      }));
    }
  }
  return out;
}

/** Parameters, registry, then schools in registry order (sheets in catalogue order), each by row and column. */
function sortIssues(issues: Issue[], plan: DistrictPlan): Issue[] {
  const rank = new Map<string, number>([[SHEET_NAMES.parameters, 0], [SHEET_NAMES.registry, 1]]);
  const schoolRank = new Map(plan.schools.map((s, i) => [s.code, i]));
  const kindRank = (sheet: string) => SCHOOL_SHEET_KINDS.findIndex((k) => matchKey(sheet).endsWith(matchKey(k)));
  const rankOf = (i: Issue): number => {
    const r = rank.get(i.sheet);
    if (r !== undefined) return r;
    if (i.school !== undefined) return 2 + (schoolRank.get(i.school) ?? 0) * 3 + Math.max(0, kindRank(i.sheet));
    return 2 + plan.schools.length * 3;
  };
  return issues
    .map((i, index) => ({ i, index, rank: rankOf(i), col: parseA1(i.cell)?.column ?? 0 }))
    .sort((a, b) => a.rank - b.rank || (a.rank > 1 + plan.schools.length * 3 ? a.i.sheet.localeCompare(b.i.sheet) : 0) || a.i.row - b.i.row || a.col - b.col || a.index - b.index)
    .map((x) => x.i);
}
