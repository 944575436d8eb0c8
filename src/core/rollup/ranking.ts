// Leaders and lagging districts on the key shares, and the recommendations addressed to lagging districts.
import { INDICATORS, type IndicatorDef } from '../catalogue/indicators';
import { measureFor } from '../report/recommendations';
import { scaled } from '../targets';
import { fromJson, type Summary, type SummaryDistrict } from '../summary';

/** Shares and PK9 with `key: true`: counts (K1, PK4, E3) grow with a district's size and do not rank districts. */
export const RANKED: readonly IndicatorDef[] = INDICATORS.filter((d) => d.key && d.kind !== 'count');
/** How many leaders and lagging districts a report names per indicator. */
export const RANK_SIZE = 3;

export interface Placed {
  district: SummaryDistrict;
  /** Percent (0–100). */
  value: number;
}

export interface Ranking {
  def: IndicatorDef;
  region: number | null;
  /** Highest first, all above the region's value. */
  leaders: Placed[];
  /** Lowest first, all below the region's value. */
  lagging: Placed[];
}

/**
 * Leaders are the RANK_SIZE highest districts above the region's value, lagging the RANK_SIZE lowest below it:
 * a district equal to the region is neither, and a district with «—» (no teachers the share is about) is not ranked.
 * With fewer than three districts there is nothing to rank.
 */
export function rankings(region: Summary): Ranking[] {
  const districts = region.districts ?? [];
  return RANKED.map((def) => {
    const r = scaled(fromJson(def.code, region.district.indicators[def.code]));
    const placed = districts
      .map((district) => ({ district, value: scaled(fromJson(def.code, district.indicators[def.code])) }))
      .filter((p): p is Placed => p.value !== null);
    if (r === null || placed.length < 3) return { def, region: r, leaders: [], lagging: [] };
    const eps = 1e-9;
    const leaders = placed
      .filter((p) => p.value > r + eps)
      .sort((a, b) => b.value - a.value)
      .slice(0, RANK_SIZE);
    const lagging = placed
      .filter((p) => p.value < r - eps)
      .sort((a, b) => a.value - b.value)
      .slice(0, RANK_SIZE);
    return { def, region: r, leaders, lagging };
  });
}

export interface DistrictAdvice {
  district: SummaryDistrict;
  items: { def: IndicatorDef; value: number; region: number; measure: string }[];
}

/** Each district lagging in any ranked indicator: what it lags in and the measure (districts in registry order). */
export function adviceToDistricts(region: Summary, ranked: readonly Ranking[] = rankings(region)): DistrictAdvice[] {
  const out = new Map<SummaryDistrict, DistrictAdvice>();
  for (const d of region.districts ?? []) out.set(d, { district: d, items: [] });
  for (const r of ranked) {
    for (const p of r.lagging) {
      const item = { def: r.def, value: p.value, region: r.region as number, measure: measureFor(r.def.code) };
      out.get(p.district)?.items.push(item);
    }
  }
  return [...out.values()].filter((a) => a.items.length > 0);
}
