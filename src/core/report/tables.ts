// Table and chart pieces that several sections share: a district indicator table, a by-school chart.
import type { ReportContext } from './context';
import type { ChartSpec, ReportCell } from './model';
import { COUNT_BASE } from '../catalogue/wording';
import { countOf } from './context';
import { formatShare } from './format';
import { isBelowTarget, scaled } from '../targets';
import { basisText, indicatorDef, targetText, valueWithUnit } from './values';

/** A count's share of its base (COUNT_BASE): «34,4 % прошедших КПК»; '' for a count without a base. */
export function countShareText(ctx: ReportContext, code: string): string {
  const base = COUNT_BASE[code];
  const v = ctx.district(code);
  if (!base || v.kind !== 'count') return '';
  return `${formatShare(v.value, countOf(ctx.district(base.code)))} ${base.of}`;
}

/** «Показатель | Значение по району | Из чего рассчитано | Цель» for the given codes (Цель only when one is set). */
export function indicatorRows(
  ctx: ReportContext,
  codes: readonly string[],
): { header: string[]; rows: ReportCell[][]; widths: number[] } {
  const withTargets = codes.some((c) => ctx.target(c) !== undefined);
  const header = ['Показатель', 'Значение по району', 'Расчёт', ...(withTargets ? ['Цель'] : [])];
  const rows = codes.map((code): ReportCell[] => {
    const def = indicatorDef(code);
    const v = ctx.district(code);
    const target = ctx.target(code);
    const x = scaled(v);
    const below = isBelowTarget(x, target);
    return [
      { text: def.name },
      { text: valueWithUnit(def, v), align: 'center', ...(below ? { shade: 'below-target' as const } : {}) },
      { text: v.kind === 'count' ? countShareText(ctx, code) : basisText(def, v), align: 'center' },
      ...(withTargets ? [{ text: target === undefined ? '' : targetText(def, target), align: 'center' as const }] : []),
    ];
  });
  return { header, rows, widths: withTargets ? [52, 16, 18, 14] : [58, 20, 22] };
}

/** Up to this many schools a by-school chart shows them all; a larger district gets its lowest LOWEST_SHOWN. */
export const MAX_SCHOOL_BARS = 30;
export const LOWEST_SHOWN = 20;

/**
 * One bar per school that submitted (registry order): the indicator on its own scale, the target line when there
 * is one. A district of more than MAX_SCHOOL_BARS schools would need a picture taller than a page, so there the
 * chart shows the LOWEST_SHOWN schools with the lowest values (lowest first) — the ones the text talks about.
 */
export function schoolChart(ctx: ReportContext, code: string, title: string): ChartSpec {
  const def = indicatorDef(code);
  const target = ctx.target(code);
  let bars = ctx.submitted.map((s) => ({ name: s.school.name, value: round1(scaled(s.indicators[code])) }));
  let shownTitle = title;
  if (bars.length > MAX_SCHOOL_BARS) {
    bars = bars
      .filter((b) => b.value !== null)
      .sort((a, b) => (a.value as number) - (b.value as number))
      .slice(0, LOWEST_SHOWN);
    shownTitle = title.replace(/, по ОО, %$/, '') + `: ${LOWEST_SHOWN} ОО с наименьшими значениями, %`;
  }
  return {
    id: `${code.toLowerCase()}-by-school`,
    type: 'bar',
    title: shownTitle,
    categories: bars.map((b) => b.name),
    series: [{ name: def.name, values: bars.map((b) => b.value) }],
    unit: def.unit === '%' ? '%' : 'чел.',
    ...(target !== undefined ? { target } : {}),
  };
}

export function round1(x: number | null): number | null {
  return x === null ? null : Math.round(x * 10) / 10;
}
