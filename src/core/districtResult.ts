// The district's result: each school's indicators, the district sums, targets and every issue in reading order.
import { INDICATORS, type IndicatorDef } from './catalogue/indicators';
import { courseColumns, SCHOOL_SHEET_KINDS, SHEET_NAMES, type SchoolSheetKind } from './catalogue/sheets';
import { parseA1 } from './cells';
import { issue, quote, type Issue } from './issues';
import type { DistrictPlan } from './plan';
import type { School } from './registry';
import { emptyAnalysis, type Figure, type PlanEntry, type RequestEntry, type SchoolAnalysis } from './school/analyse';
import type { RowCount } from './school/context';
import type { Settings } from './settings';
import { SCHOOL_KIND_GROUPS, type SchoolKindGroup } from './catalogue/lists';
import { isBelowTarget, scaled } from './targets';
import { matchKey } from './text';
import type { SchoolStatus } from './catalogue/statuses';
import { schoolStatus } from './status';

export type IndicatorValue =
  | { kind: 'count'; value: number }
  | { kind: 'share' | 'mean'; numerator: number; denominator: number; value: number | null };

export interface SchoolResult {
  school: School;
  /** Its Педагоги sheet has rows: it counts in the district's figures. */
  submitted: boolean;
  /** Against the deadline (issue 12): status.ts. */
  status: SchoolStatus;
  rows: Record<SchoolSheetKind, RowCount>;
  indicators: Record<string, IndicatorValue>;
  /** Codes of indicators whose target this school misses. */
  belowTarget: string[];
  plan: PlanEntry[];
  /** Teachers' requests for PD (issue 10), one per teacher and topic. */
  requests: RequestEntry[];
}

export interface TargetStatus {
  code: string;
  target: number;
  /** District value on the target's scale (percent for shares). */
  districtValue: number | null;
  below: string[];
}

/** The ОО of one kind (school, ДОУ, УДО…): how many submitted and their sums. */
export interface KindResult {
  group: SchoolKindGroup;
  schools: number;
  submitted: number;
  indicators: Record<string, IndicatorValue>;
}

export interface BuildResult {
  settings: Settings;
  schools: SchoolResult[];
  district: Record<string, IndicatorValue>;
  /** The breakdown by kind of ОО (issue 10): only kinds the registry has. */
  byKind: KindResult[];
  targets: TargetStatus[];
  issues: Issue[];
}

export function roundValue(x: number): number {
  return Math.round(x * 10000) / 10000;
}

function toValue(def: IndicatorDef, f: Figure): IndicatorValue {
  if (def.kind === 'count') return { kind: 'count', value: f.numerator };
  const d = f.denominator ?? 0;
  return {
    kind: def.kind,
    numerator: roundValue(f.numerator),
    denominator: d,
    value: d === 0 ? null : roundValue(f.numerator / d),
  };
}

export function districtResult(plan: DistrictPlan, analyses: readonly SchoolAnalysis[]): BuildResult {
  const byCode = new Map(analyses.map((a) => [a.code, a]));
  const sums = emptySums();
  const kindSums = new Map<SchoolKindGroup, { schools: number; submitted: number; sums: Record<string, Figure> }>();
  const schools: SchoolResult[] = plan.schools.map((school) => {
    const a = byCode.get(school.code) ?? emptyAnalysis(school.code);
    const indicators: Record<string, IndicatorValue> = {};
    const group = kindGroup(school);
    const k = kindSums.get(group) ?? { schools: 0, submitted: 0, sums: emptySums() };
    kindSums.set(group, k);
    k.schools++;
    if (a.submitted) {
      k.submitted++;
      for (const def of INDICATORS) {
        const f = a.figures[def.code];
        if (!f || def.scope === 'district') continue;
        indicators[def.code] = toValue(def, f);
        addTo(sums[def.code], f);
        addTo(k.sums[def.code], f);
      }
    }
    const status = schoolStatus({
      hasData: SCHOOL_SHEET_KINDS.some((kind) => a.rows[kind].read > 0),
      submittedOn: school.submittedOn ?? null,
      tracked: plan.submissionTracked,
      errors: a.issues.filter((i) => i.severity === 'error').length,
      deadline: plan.settings.deadline,
      today: plan.today,
    });
    return {
      school,
      submitted: a.submitted,
      status,
      rows: a.rows,
      indicators,
      belowTarget: [],
      plan: a.plan,
      requests: a.requests ?? [],
    };
  });
  const district: Record<string, IndicatorValue> = {};
  for (const def of INDICATORS) {
    district[def.code] =
      def.scope === 'district'
        ? toValue(def, {
            numerator: def.numerator(plan.districtFacts),
            ...(def.denominator ? { denominator: def.denominator(plan.districtFacts) } : {}),
          })
        : toValue(def, sums[def.code]);
  }
  const byKind: KindResult[] = (Object.keys(SCHOOL_KIND_GROUPS) as SchoolKindGroup[]).flatMap((group) => {
    const k = kindSums.get(group);
    if (!k) return [];
    const indicators: Record<string, IndicatorValue> = {};
    for (const def of INDICATORS) if (def.scope !== 'district') indicators[def.code] = toValue(def, k.sums[def.code]);
    return [{ group, schools: k.schools, submitted: k.submitted, indicators }];
  });

  const targets: TargetStatus[] = plan.settings.targets.map((t) => {
    const below: string[] = [];
    for (const s of schools) {
      if (isBelowTarget(scaled(s.indicators[t.code]), t.value)) {
        below.push(s.school.code);
        if (!s.belowTarget.includes(t.code)) s.belowTarget.push(t.code);
      }
    }
    return { code: t.code, target: t.value, districtValue: scaled(district[t.code]), below };
  });

  const issues = [...plan.issues, ...analyses.flatMap((a) => a.issues), ...duplicateCertificates(plan, analyses)];
  return { settings: plan.settings, schools, district, byKind, targets, issues: sortIssues(issues, plan) };
}

function emptySums(): Record<string, Figure> {
  const sums: Record<string, Figure> = {};
  for (const def of INDICATORS)
    sums[def.code] = def.kind === 'count' ? { numerator: 0 } : { numerator: 0, denominator: 0 };
  return sums;
}

function addTo(sum: Figure, f: Figure): void {
  sum.numerator += f.numerator;
  if (sum.denominator !== undefined) sum.denominator += f.denominator ?? 0;
}

/** A registry kind's group; an ОО with no kind goes with «другое». */
function kindGroup(school: School): SchoolKindGroup {
  const groups = Object.entries(SCHOOL_KIND_GROUPS) as [SchoolKindGroup, readonly string[]][];
  return groups.find(([, kinds]) => school.kind !== null && kinds.includes(school.kind))?.[0] ?? 'другие и без вида';
}

function duplicateCertificates(plan: DistrictPlan, analyses: readonly SchoolAnalysis[]): Issue[] {
  const order = new Map(plan.schools.map((s, i) => [s.code, i]));
  const sorted = [...analyses].sort((a, b) => (order.get(a.code) ?? 0) - (order.get(b.code) ?? 0));
  const first = new Map<string, { sheet: string; cell: string; school: string }>();
  const out: Issue[] = [];
  for (const a of sorted) {
    for (const c of a.certificates) {
      const key = matchKey(c.number).replace(/[\s№#]/g, '');
      const seen = first.get(key);
      if (!seen) {
        first.set(key, { sheet: c.sheet, cell: c.cell, school: a.code });
        continue;
      }
      const external = a.issues.find((i) => i.sheet === c.sheet && i.external)?.external;
      out.push(
        issue({
          sheet: c.sheet,
          cell: c.cell,
          row: c.row,
          column: courseColumns.certificate.header,
          code: 'certificate_duplicate',
          school: a.code,
          ...(external ? { external } : {}),
          ...duplicateMessage(c.number, seen, a.code),
        }),
      );
    }
  }
  return out;
}

/**
 * Where the number was first seen: the district's outputs name that sheet; the school's own scope (its letter, its
 * `Замечания`, its cell's note) does not name another school's sheet (issue 12) — only that another ОО has it.
 */
function duplicateMessage(number: string, seen: { sheet: string; cell: string; school: string }, school: string) {
  const district =
    `Номер документа ${quote(number)} уже указан: лист ${quote(seen.sheet)}, ячейка ${seen.cell}. `
    + 'Проверьте, не внесён ли курс дважды.';
  if (seen.school === school) return { message: district };
  return {
    message: `Номер документа ${quote(number)} уже указан в данных другой ОО района. Проверьте номер по документу об обучении.`,
    anonymous: district,
  };
}

/** Parameters, registry, then schools in registry order (sheets in catalogue order), each by row and column. */
function sortIssues(issues: Issue[], plan: DistrictPlan): Issue[] {
  const rank = new Map<string, number>([
    [SHEET_NAMES.parameters, 0],
    [SHEET_NAMES.registry, 1],
  ]);
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
    .sort(
      (a, b) =>
        a.rank - b.rank
        || (a.rank > 1 + plan.schools.length * 3 ? a.i.sheet.localeCompare(b.i.sheet) : 0)
        || a.i.row - b.i.row
        || a.col - b.col
        || a.index - b.index,
    )
    .map((x) => x.i);
}
