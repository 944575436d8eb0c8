// Values on the scale a reader and a target use (percent for shares), and the one comparison with a target.
import type { IndicatorValue } from './districtResult';

/** A target typed as 90 (%) is met by 9 of 10 teachers whatever the floating-point rounding of 9 / 10 × 100. */
const TOLERANCE = 1e-9;

/** The value on the scale a reader and a target use: percent for shares, units for counts; null for «—». */
export function scaled(v: IndicatorValue | undefined): number | null {
  if (!v) return null;
  if (v.kind === 'count') return v.value;
  if (v.denominator === 0) return null;
  return v.kind === 'share' ? (v.numerator / v.denominator) * 100 : v.numerator / v.denominator;
}

/** Below the target: a value without data («—») or without a target set is never below. */
export function isBelowTarget(x: number | null, target: number | undefined): boolean {
  return target !== undefined && x !== null && x < target - TOLERANCE;
}
