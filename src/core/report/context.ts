// What every section of the report reads: the build, its settings, the schools that submitted, targets.
import type { BuildResult, IndicatorValue, SchoolResult } from '../districtResult';
import type { Settings } from '../settings';
import type { Summary } from '../summary';
import { figuresOf, findings, type Finding } from './findings';

export interface ReportContext {
  result: BuildResult;
  settings: Settings;
  /** Schools with data, in registry order: the only ones that have values, charts and recommendations. */
  submitted: SchoolResult[];
  previous?: Summary;
  /** The district value of an indicator (every catalogue code is present after a build). */
  district(code: string): IndicatorValue;
  /** The target set in `Параметры` for this code, if any. */
  target(code: string): number | undefined;
  /** The rule table applied to the district: every rule that can be judged, fired or not. */
  findings: Finding[];
  /** The same rules on the previous period's district figures (empty without a previous summary). */
  previousFindings: Finding[];
  /** The rule table applied to one ОО that submitted data (empty for any other code). */
  schoolFindings(code: string): Finding[];
}

export function reportContext(result: BuildResult, previous?: Summary): ReportContext {
  const targets = new Map(result.targets.map((t) => [t.code, t.target]));
  return {
    result,
    settings: result.settings,
    submitted: result.schools.filter((s) => s.submitted),
    ...(previous ? { previous } : {}),
    district: (code) => {
      const v = result.district[code];
      if (!v) throw new Error(`report: the build has no district value for ${code}`);
      return v;
    },
    target: (code) => targets.get(code),
    findings: findings(figuresOf(result.district), result.settings.cycleYears),
    previousFindings: previous ? findings(figuresOf(previous.district.indicators), result.settings.cycleYears) : [],
    schoolFindings: (code) => {
      const s = result.schools.find((x) => x.school.code === code && x.submitted);
      return s ? findings(figuresOf(s.indicators), result.settings.cycleYears) : [];
    },
  };
}

/** The numerator of a count or share: people (or things) the sentence is about. */
export function countOf(v: IndicatorValue): number {
  return v.kind === 'count' ? v.value : v.numerator;
}
