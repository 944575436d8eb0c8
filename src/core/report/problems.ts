// A school's real problems for the letter: material shortfalls against norms and targets, by cause, most severe first.
import { CAUSE_OF_INDICATOR, MEASURES_BY_CAUSE } from '../catalogue/measures';
import { MATERIAL_GAP, MATERIAL_SHARE, type Cause } from '../catalogue/rules';
import type { IndicatorValue, SchoolResult } from '../districtResult';
import { shortName } from '../catalogue/wording';
import type { ReportContext } from './context';
import type { Finding, Severity } from './findings';
import { formatNumber, formatPercent, lowerFirst, NBSP } from './format';
import { isBelowTarget, scaled } from '../targets';
import { indicatorDef, targetText, valueWithUnit } from './values';

/** One problem of a school: a cause of the measure table, or an indicator whose target has no cause there. */
export interface Problem {
  cause: Cause | null;
  /** The indicator code for a problem without a cause (its catalogue measure applies). */
  code: string;
  /** The line that states it (one; a missed target of the same cause joins it). */
  lines: string[];
  /** near / far from the norm: chooses the wording of the measure. */
  severity: Severity;
  /** How far below, relative to the norm or target (0 — at it, 1 — nobody): the ranking. */
  score: number;
  /** People short of the norms and targets, to break ties. */
  people: number;
  /** The school's findings of this cause, for the measure's figures. */
  because: Finding[];
}

/** People a school is short of a target on a share (null for counts and means: no people to count). */
function shortOfTarget(v: IndicatorValue | undefined, target: number): { n: number; base: number; gap: number } | null {
  if (!v || v.kind !== 'share' || v.denominator === 0) return null;
  const gap = Math.max(0, Math.ceil((v.denominator * target) / 100 - 1e-9) - v.numerator);
  return { n: v.numerator, base: v.denominator, gap };
}

/** Worth a measure: enough people and enough of the group, or nobody in the group meets it. */
export function isMaterial(x: { n: number; base: number; gap: number }): boolean {
  if (x.gap <= 0) return false;
  if (x.n === 0) return true;
  return x.gap >= MATERIAL_GAP && (x.gap / x.base) * 100 >= MATERIAL_SHARE;
}

/** 0 at the norm, 1 when nobody meets it; for «above» rules the excess over the norm as a share of the value. */
function scoreOf(f: Finding): number {
  if (f.rule.fires === 'above') return f.value === 0 ? 0 : Math.min(1, 1 - f.threshold / f.value);
  return f.threshold === 0 ? 0 : Math.max(0, 1 - f.value / f.threshold);
}

/**
 * A school's material problems, most severe first: fired rules that are material, grouped by cause, and missed
 * targets — on the line of a rule of the same indicator when there is one, so a figure is never stated twice.
 */
export function schoolProblems(
  school: SchoolResult,
  findings: readonly Finding[],
  target: (code: string) => number | undefined,
): Problem[] {
  const byKey = new Map<string, Problem>();
  const problemFor = (cause: Cause | null, code: string): Problem => {
    const key = cause ?? code;
    let p = byKey.get(key);
    if (!p) {
      p = {
        cause,
        code: cause ? MEASURES_BY_CAUSE[cause].indicator : code,
        lines: [],
        severity: 'near',
        score: 0,
        people: 0,
        because: [],
      };
      byKey.set(key, p);
    }
    return p;
  };
  const real = findings.filter((f) => f.fired && isMaterial(f));
  for (const f of real) {
    const p = problemFor(f.rule.cause, f.rule.indicator);
    p.because.push(f);
    if (f.severity === 'far') p.severity = 'far';
    p.score = Math.max(p.score, scoreOf(f));
    p.people = Math.max(p.people, f.gap);
  }
  // One line per problem: the finding on the indicator that will show the measure's effect, else the widest gap.
  for (const p of byKey.values()) {
    const lead = p.because.find((f) => f.rule.indicator === p.code) ?? [...p.because].sort((a, b) => b.gap - a.gap)[0];
    if (lead) p.lines.push(lead.brief);
  }
  for (const code of school.belowTarget) {
    const t = target(code);
    const v = school.indicators[code];
    if (t === undefined) continue;
    const short = shortOfTarget(v, t);
    if (short && !isMaterial(short)) continue;
    const def = indicatorDef(code);
    const said = `«${lowerFirst(shortName(code))}» — ${valueWithUnit(def, v)} при цели района ${targetText(def, t)}`;
    const cause = CAUSE_OF_INDICATOR[code] ?? null;
    const had = byKey.has(cause ?? code);
    const p = problemFor(cause, code);
    const x = scaled(v);
    p.score = Math.max(p.score, x === null || t === 0 ? 0 : Math.max(0, 1 - x / t));
    p.people = Math.max(p.people, short?.gap ?? 0);
    // A target on the indicator of the measure's result is stated there («не ниже 90 % (сейчас 70 %)»); another
    // target joins the problem's line: one line per problem, never a target line restating a rule line.
    if (had && p.code === code) continue;
    if (had && p.lines.length > 0) p.lines[0] = `${p.lines[0]}; ${said}`;
    else p.lines.push(said);
  }
  return [...byKey.values()].sort(bySeverity);
}

/** Far below the norm first (less than half of it), then the more people short, then the deeper relative shortfall. */
export function bySeverity(a: Ranked, b: Ranked): number {
  const far = (p: Ranked) => (p.severity === 'far' ? 1 : 0);
  return far(b) - far(a) || b.people - a.people || b.score - a.score;
}
type Ranked = Pick<Problem, 'severity' | 'people' | 'score'>;

/** The district's fired rules by cause, the most severe cause first (the справка's «Проблемы»). */
export function causesBySeverity(findings: readonly Finding[]): { cause: Cause; findings: Finding[] }[] {
  const groups = new Map<Cause, Finding[]>();
  for (const f of findings.filter((x) => x.fired)) groups.set(f.rule.cause, [...(groups.get(f.rule.cause) ?? []), f]);
  return [...groups]
    .map(([cause, fs]) => ({
      cause,
      findings: fs,
      severity: fs.some((f) => f.severity === 'far') ? ('far' as const) : ('near' as const),
      people: Math.max(...fs.map((f) => f.gap)),
      score: Math.max(...fs.map(scoreOf)),
    }))
    .sort(bySeverity)
    .map(({ cause, findings: fs }) => ({ cause, findings: fs }));
}

/**
 * The level a measure aims at by the deadline: the district's target when `Параметры` sets one, otherwise the norm
 * of the rule on that indicator («не ниже 50 %», «не менее 5 чел.»); null when neither applies.
 */
export function expectedLevel(
  code: string,
  value: IndicatorValue | undefined,
  findings: readonly Finding[],
  target: number | undefined,
): string | null {
  const def = indicatorDef(code);
  const now = scaled(value);
  // A target the ОО already meets is no level to aim at: the norm is.
  if (target !== undefined && (now === null || isBelowTarget(now, target))) {
    return `${def.unit === '%' ? 'не ниже' : 'не менее'} ${targetText(def, target)}`;
  }
  const f = findings.find((x) => x.rule.indicator === code && x.rule.fires === 'below');
  if (!f) return null;
  if (value?.kind === 'count') return `не менее ${formatNumber(f.n + f.gap, 0)}${NBSP}${def.unit}`;
  // A rule's share is the indicator's own only when measured against the same base (PK6 is of all, its rule of those
  // trained): then its threshold is the level; otherwise the norm is not on this indicator's scale.
  const own = value?.kind === 'share' && value.numerator === f.n && value.denominator === f.base;
  return own && f.rule.scale === 'percent' ? `не ниже ${formatPercent(f.threshold)}` : null;
}

export interface SchoolProblems {
  school: SchoolResult;
  /** Material problems, most severe first (the letter writes measures for the first MEASURES_PER_SCHOOL). */
  problems: Problem[];
  /** Students' results the registry marks (issue 10): the indicator codes S1 (low results), S2 (bias). */
  results: ('S1' | 'S2')[];
}

/**
 * The ОО the letter writes to: those with a material problem or weak students' results. ОО with weak results come
 * first, those with the least valid PD (PK3) first among them (issue 10); the rest in registry order.
 */
export function schoolsWithProblems(ctx: ReportContext): SchoolProblems[] {
  const list = ctx.submitted.flatMap((school): SchoolProblems[] => {
    const problems = schoolProblems(school, ctx.schoolFindings(school.school.code), ctx.target);
    const r = school.school.results;
    const results = [
      ...(r?.lowResults === true ? ['S1' as const] : []),
      ...(r?.biased === true ? ['S2' as const] : []),
    ];
    return problems.length > 0 || results.length > 0 ? [{ school, problems, results }] : [];
  });
  const pk3 = (p: SchoolProblems) => scaled(p.school.indicators.PK3) ?? Number.POSITIVE_INFINITY;
  const weak = list.filter((p) => p.results.length > 0).sort((a, b) => pk3(a) - pk3(b));
  return [...weak, ...list.filter((p) => p.results.length === 0)];
}
