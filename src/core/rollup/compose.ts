// The roll-up: district summaries (or roll-ups of them) into one summary of the region, exactly as Σ/Σ.
//
// A share is Σ numerators / Σ denominators over every district, counts are summed, PK9 (a mean) is Σ ratings /
// number of ratings, so it is weighted by ratings as the district weighs schools. Numerators are rounded to the
// 4 decimals summary.json keeps (only PK9's sum of percents can have decimals): a roll-up of roll-ups then gives
// the same bytes as the flat roll-up of the same districts.
import { roundValue } from '../districtResult';
import { matchKey } from '../text';
import type { Summary, SummaryDistrict, SummaryIndicator, SummaryKind, SummarySchool } from '../summary';
import { CATALOGUE_VERSION } from '../catalogue/version';
import { checkPeriods, districtTwice, mixedKinds, unnamedDistrict, type RollupInput } from './refusals';

export type { RollupInput } from './refusals';

const isShare = (v: SummaryIndicator): v is Extract<SummaryIndicator, { numerator: number }> => 'numerator' in v;

/** Σ/Σ of each code over the given indicator sets, codes in the order they first appear. */
type Indicators = Record<string, SummaryIndicator>;
const valueOf = (numerator: number, denominator: number) =>
  denominator === 0 ? null : roundValue(numerator / denominator);

export function composeIndicators(sets: readonly Indicators[], label = ''): Indicators {
  const sums = new Map<string, { share: boolean; numerator: number; denominator: number }>();
  for (const set of sets) {
    for (const [code, v] of Object.entries(set)) {
      const share = isShare(v);
      let s = sums.get(code);
      if (!s) sums.set(code, (s = { share, numerator: 0, denominator: 0 }));
      if (s.share !== share) throw mixedKinds(code, label);
      if (isShare(v)) {
        s.numerator += v.numerator;
        s.denominator += v.denominator;
      } else s.numerator += v.value;
    }
  }
  const out: Record<string, SummaryIndicator> = {};
  for (const [code, s] of sums) {
    const numerator = roundValue(s.numerator);
    out[code] = s.share
      ? { numerator, denominator: s.denominator, value: valueOf(numerator, s.denominator) }
      : { value: numerator };
  }
  return out;
}

/** A district summary as one entry of `districts`; a roll-up brings the entries it already has. */
function districtsOf({ summary }: RollupInput): SummaryDistrict[] {
  if (summary.districts) return summary.districts;
  const errors = summary.issues.filter((i) => i.severity === 'error').length;
  return [
    {
      municipality: summary.municipality,
      period: { ...summary.period },
      schoolsRegistered: summary.schools.length,
      schoolsSubmitted: summary.schools.filter((s) => s.submitted).length,
      errors,
      warnings: summary.issues.length - errors,
      indicators: summary.district.indicators,
    },
  ];
}

function schoolsOf({ summary }: RollupInput): SummarySchool[] {
  if (summary.districts) return summary.schools;
  return summary.schools.map((s) => ({ municipality: summary.municipality, ...s }));
}

/**
 * The region's summary.json. Issues stay in their districts (only figures cross a district's boundary): `issues`
 * is empty and each district entry says how many errors and warnings it had.
 */
export function rollUp(name: string, inputs: readonly RollupInput[]): Summary {
  if (inputs.length === 0) throw new Error('rollUp: no summaries');
  checkPeriods(inputs);
  const seen = new Map<string, { name: string; input: RollupInput }>();
  const districts: SummaryDistrict[] = [];
  for (const input of inputs) {
    for (const d of districtsOf(input)) {
      const key = matchKey(d.municipality);
      if (key === '') throw unnamedDistrict(input.label);
      const first = seen.get(key);
      if (first !== undefined) throw districtTwice(first.name, first.input.label, input.label, first.input === input);
      seen.set(key, { name: d.municipality, input });
      districts.push(d);
    }
  }
  const indicators = composeIndicators(
    inputs.map((i) => i.summary.district.indicators),
    inputs[0].label,
  );
  return {
    version: CATALOGUE_VERSION,
    municipality: name,
    period: { ...inputs[0].summary.period },
    district: { indicators },
    byKind: kindsOf(inputs),
    districts,
    schools: inputs.flatMap(schoolsOf),
    issues: [],
  };
}

/**
 * By kind of ОО (issue 10) across districts: each kind's counts added up and its indicators Σ/Σ, kinds in first-seen
 * order.
 */
function kindsOf(inputs: readonly RollupInput[]): SummaryKind[] {
  const byKind = new Map<string, SummaryKind[]>();
  for (const input of inputs)
    for (const k of input.summary.byKind ?? []) byKind.set(k.kind, [...(byKind.get(k.kind) ?? []), k]);
  return [...byKind].map(([kind, parts]) => ({
    kind,
    schools: parts.reduce((n, p) => n + p.schools, 0),
    submitted: parts.reduce((n, p) => n + p.submitted, 0),
    indicators: composeIndicators(
      parts.map((p) => p.indicators),
      kind,
    ),
  }));
}
