// Which measures an ОО (or the district) needs: its fired rules and missed targets, grouped by cause, with deadlines.
import { CAUSE_OF_INDICATOR, MEASURES_BY_CAUSE, type MeasureDef } from '../catalogue/measures';
import type { Cause, Figures } from '../catalogue/rules';
import { isoDate, parts, type IsoDate } from '../dates';
import type { IndicatorValue } from '../districtResult';
import type { Period } from '../settings';
import { academicYear, formatDate, formatNumber } from './format';
import type { Finding, Severity } from './findings';

export interface ChosenMeasure {
  def: MeasureDef;
  severity: Severity;
  /** The findings that call for it (empty when only a target was missed). */
  because: Finding[];
}

/** One measure per cause: far if any of its fired rules is far; a missed target adds its cause as near. */
export function chooseMeasures(fired: readonly Finding[], missedTargets: readonly string[]): ChosenMeasure[] {
  const byCause = new Map<Cause, ChosenMeasure>();
  for (const f of fired) {
    const m = byCause.get(f.rule.cause) ?? { def: MEASURES_BY_CAUSE[f.rule.cause], severity: 'near', because: [] };
    m.because.push(f);
    if (f.severity === 'far') m.severity = 'far';
    byCause.set(f.rule.cause, m);
  }
  for (const code of missedTargets) {
    const cause = CAUSE_OF_INDICATOR[code];
    if (cause && !byCause.has(cause))
      byCause.set(cause, { def: MEASURES_BY_CAUSE[cause], severity: 'near', because: [] });
  }
  // In the table's order of causes, so every letter reads in the same order.
  const order = Object.keys(MEASURES_BY_CAUSE) as Cause[];
  return [...byCause.values()].sort((a, b) => order.indexOf(a.def.cause) - order.indexOf(b.def.cause));
}

/** «до 01.10.2021»: the first day of the month `months` after the month following the period's end. */
export function deadline(period: Period, months: number): string {
  const { year, month } = parts(period.end);
  const total = month + months; // the month after the end is month + 1; + (months − 1) more
  const date = isoDate(year + Math.floor(total / 12), (total % 12) + 1, 1) as IsoDate;
  return `до ${formatDate(date)}`;
}

/** «2021/2022 учебный год» after a period of 2020/2021; «следующий период» for any other period. */
export function nextYear(period: Period): string {
  const year = academicYear(period);
  if (!year) return 'следующий период';
  const start = parts(period.start).year + 1;
  return `${start}/${start + 1} учебный год`;
}

/** The placeholders of MEASURES_BY_CAUSE on one set of figures. */
export function measureFill(f: Figures, period: Period, extra: Record<string, string> = {}): Record<string, string> {
  const n = (code: string) => f(code)?.n ?? 0;
  const d = (code: string) => f(code)?.d ?? 0;
  const num = (x: number) => formatNumber(Math.max(0, x), 0);
  return {
    need: num(n('PK4')),
    expired: num(n('K1') - n('PK3')),
    undiagnosed: num(n('K1') - n('D1')),
    routes: num(d('I1')),
    routesRest: num(d('I1') - n('I1')),
    diagnosed: num(n('D1')),
    young: num(d('M1') - n('M1')),
    nextYear: nextYear(period),
    ...extra,
  };
}

export function fillIn(template: string, fill: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => fill[key] ?? `{${key}}`);
}

export type Values = Readonly<Record<string, IndicatorValue>>;
