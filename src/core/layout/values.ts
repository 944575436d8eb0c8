// Turns indicator values into sheet cells: percent fractions, counts, «—» for an empty denominator.
import { NO_DATA } from '../catalogue/labels';
import type { IndicatorDef } from '../catalogue/indicators';
import type { IndicatorValue } from '../districtResult';
import type { ModelCell } from './model';

/** One indicator as a cell; shares carry «числитель из знаменателя» in a note. */
export function indicatorCell(def: IndicatorDef, v: IndicatorValue | undefined): ModelCell {
  if (!v) return { value: null };
  if (v.kind === 'count') return { value: v.value, format: 'integer' };
  if (v.value === null) return { value: NO_DATA, note: `${fmt(v.numerator)} из ${v.denominator}` };
  if (def.kind === 'mean') return { value: v.value, format: 'decimal', note: `среднее по ${v.denominator} курсам` };
  return { value: v.value, format: 'percent', note: `${fmt(v.numerator)} из ${v.denominator}` };
}

function fmt(n: number): string {
  return String(n).replace('.', ',');
}

/** A target on the sheet's scale: shares are stored as fractions, targets are typed in percent. */
export function targetCell(def: IndicatorDef, target: number | undefined): ModelCell {
  if (target === undefined) return { value: null, tone: 'target' };
  return def.kind === 'share'
    ? { value: target / 100, format: 'percent', tone: 'target' }
    : { value: target, format: def.kind === 'mean' ? 'decimal' : 'integer', tone: 'target' };
}
