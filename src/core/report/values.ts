// Indicator values as the report reads them: percent on the 0–100 scale, formatted text, «N из M».
import { INDICATOR_BY_CODE, type IndicatorDef } from '../catalogue/indicators';
import type { IndicatorValue } from '../districtResult';
import { NO_DATA } from '../catalogue/labels';
import { scaled } from '../targets';
import { formatNumber, formatPercent, NBSP } from './format';

export function indicatorDef(code: string): IndicatorDef {
  const def = INDICATOR_BY_CODE.get(code);
  if (!def) throw new Error(`report: unknown indicator ${code}`);
  return def;
}

/** A count as a plain integer; share, mean as «24,9 %»; «—» for a zero denominator. */
export function valueText(v: IndicatorValue | undefined): string {
  if (!v) return NO_DATA;
  if (v.kind === 'count') return formatNumber(v.value, 0);
  const x = scaled(v);
  return x === null ? NO_DATA : formatPercent(x);
}

/** A value with the unit a count needs in a sentence: «12 чел.», «45 шт.», «24,9 %». */
export function valueWithUnit(def: IndicatorDef, v: IndicatorValue | undefined): string {
  if (v?.kind === 'count') return `${formatNumber(v.value, 0)}${NBSP}${def.unit}`;
  return valueText(v);
}

/** What a share was computed from: «60 из 241»; a mean: «по 57 курсам» style counts are left to callers. */
export function basisText(def: IndicatorDef, v: IndicatorValue | undefined): string {
  if (!v || v.kind === 'count') return '';
  if (def.kind === 'mean') return v.denominator === 0 ? 'оценок нет' : `оценок: ${formatNumber(v.denominator, 0)}`;
  return `${formatNumber(v.numerator, 0)} из ${formatNumber(v.denominator, 0)}`;
}

/** A target on its indicator's scale as text: «90 %» for shares and PK9, «15 чел.» for counts. */
export function targetText(def: IndicatorDef, target: number): string {
  return def.unit === '%' ? formatPercent(target) : `${formatNumber(target)}${NBSP}${def.unit}`;
}
