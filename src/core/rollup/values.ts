// Summary figures (JSON) as the layout and report helpers read them: IndicatorValue with its catalogue kind.
import { INDICATOR_BY_CODE } from '../catalogue/indicators';
import type { IndicatorValue } from '../districtResult';
import type { SummaryIndicator } from '../summary';

export function fromJson(code: string, v: SummaryIndicator | undefined): IndicatorValue | undefined {
  if (!v) return undefined;
  if (!('numerator' in v)) return { kind: 'count', value: v.value };
  const kind = INDICATOR_BY_CODE.get(code)?.kind === 'mean' ? 'mean' : 'share';
  return { kind, numerator: v.numerator, denominator: v.denominator, value: v.value };
}

export function valuesFromJson(indicators: Record<string, SummaryIndicator>): Record<string, IndicatorValue> {
  const out: Record<string, IndicatorValue> = {};
  for (const [code, v] of Object.entries(indicators)) out[code] = fromJson(code, v) as IndicatorValue;
  return out;
}
