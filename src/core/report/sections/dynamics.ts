// Section 9: dynamics against the previous build's summary.json — district values then and now, the change.
import { BASE_INDICATORS, type IndicatorDef } from '../../catalogue/indicators';
import type { IndicatorValue } from '../../districtResult';
import type { Period } from '../../settings';
import { fromJson, type SummaryIndicator } from '../../summary';
import type { ReportContext } from '../context';
import { academicYear, formatChange, formatDate, formatNumber, formatPercent } from '../format';
import { NO_DATA } from '../../catalogue/labels';
import type { ReportCell } from '../model';
import { scaled } from '../../targets';
import type { ReportWriter } from '../writer';
import { shortName } from '../../catalogue/wording';
import { lowerFirst } from '../format';

export interface Change {
  def: IndicatorDef;
  before: number | null;
  now: number | null;
  /** now − before, on the indicator's scale (п.п. for percentages); null when either is «—». */
  delta: number | null;
}

/** The previous summary's value on the same scale as the current one. */
export function previousScaled(def: IndicatorDef, v: SummaryIndicator | undefined): number | null {
  return scaled(fromJson(def.code, v));
}

export function changes(ctx: ReportContext): Change[] {
  const prev = ctx.previous?.district.indicators ?? {};
  return BASE_INDICATORS.map((def) => {
    const before = previousScaled(def, prev[def.code]);
    const now = scaled(ctx.district(def.code) as IndicatorValue);
    const delta = before === null || now === null ? null : Math.round((now - before) * 10) / 10;
    return { def, before, now, delta };
  });
}

const periodLabel = (p: Period) =>
  academicYear(p)?.replace(' учебный год', '') ?? `${formatDate(p.start)}–${formatDate(p.end)}`;
const shown = (def: IndicatorDef, x: number | null) =>
  x === null ? NO_DATA : def.unit === '%' ? formatPercent(x) : formatNumber(x, 0);
const changeUnit = (def: IndicatorDef) => (def.unit === '%' ? 'п.п.' : def.unit);

export function dynamicsSection(ctx: ReportContext, w: ReportWriter): void {
  // Written only with a previous period (analyticalReport.ts skips the section otherwise).
  if (!ctx.previous) return;
  const list = changes(ctx);
  const up = list.filter((c) => c.delta !== null && c.delta > 0 && c.def.unit === '%');
  const down = list.filter((c) => c.delta !== null && c.delta < 0 && c.def.unit === '%');
  const name = (c: Change) =>
    `${lowerFirst(shortName(c.def.code))} (${formatChange(c.delta as number, changeUnit(c.def))})`;
  w.paragraph(
    `По сравнению с предыдущим периодом (${periodLabel(ctx.previous.period)}) `
      + (up.length > 0 ? `выросли показатели ${up.map(name).join(', ')}` : 'ни одна доля не выросла')
      + (down.length > 0 ? `; снизились — ${down.map(name).join(', ')}.` : '; снижения долей нет.')
      + ' Изменение долей указано в процентных пунктах (п.п.), количеств — в единицах.',
  );
  const rows: ReportCell[][] = list.map((c) => [
    { text: c.def.name },
    { text: shown(c.def, c.before), align: 'center' },
    { text: shown(c.def, c.now), align: 'center' },
    { text: c.delta === null ? NO_DATA : formatChange(c.delta, changeUnit(c.def)), align: 'center' },
  ]);
  w.table(
    'Динамика показателей района',
    ['Показатель', periodLabel(ctx.previous.period), periodLabel(ctx.settings.period), 'Изменение'],
    rows,
    { widths: [52, 16, 16, 16] },
  );
}
