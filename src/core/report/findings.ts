// The rule table applied to figures (the district, one ОО, a previous summary): what fires, how far, in words.
import { NO_DATA } from '../catalogue/labels';
import { RULES, type Figures, type Rule } from '../catalogue/rules';
import type { IndicatorValue } from '../districtResult';
import { plural, YEARS } from '../plural';
import type { SummaryIndicator } from '../summary';
import { formatNumber, formatPercent, formatShare, NBSP, YEARS_GENITIVE } from './format';

/** near — below the threshold but more than half of it; far — less than half of it (or twice above for «above»). */
export type Severity = 'near' | 'far';

export interface Finding {
  rule: Rule;
  n: number;
  base: number;
  total: number;
  /** On the rule's scale; Infinity for a ratio over a zero base. */
  value: number;
  threshold: number;
  fired: boolean;
  severity: Severity;
  /** People short of the threshold (below), or n − base (above). */
  gap: number;
  /** The rule's wording, filled in: the problem when fired, otherwise the norm met. */
  text: string;
  /** The problem in one short line (the letter's wording), filled in whether fired or not. */
  brief: string;
}

export function figuresOf(values: Readonly<Record<string, IndicatorValue | SummaryIndicator | undefined>>): Figures {
  return (code) => {
    const v = values[code];
    if (!v) return undefined;
    if ('numerator' in v) return { n: v.numerator, d: v.denominator };
    return { n: v.value, d: null };
  };
}

export function evaluate(rule: Rule, figures: Figures, cycleYears: number): Finding | null {
  const counts = rule.read(figures);
  if (!counts) return null;
  const { n, base, total } = counts;
  const threshold = rule.threshold(cycleYears);
  const value = rule.scale === 'percent' ? (base === 0 ? 0 : (n / base) * 100) : base === 0 ? Infinity : n / base;
  // A percent is compared as printed: «33,3 %» is not called below a threshold shown as «33,3 %». A ratio
  // compares whole counts (62 needed against 61 trained is over, though both print as «1»).
  const shown = rule.scale === 'percent' ? Math.round(value * 10) / 10 : value;
  const limit = rule.scale === 'percent' ? Math.round(threshold * 10) / 10 : threshold;
  const fired = rule.fires === 'below' ? shown < limit : shown > limit;
  const far = rule.fires === 'below' ? value < threshold / 2 : value > threshold * 2;
  const gap = rule.fires === 'below' ? Math.max(0, Math.ceil((base * threshold) / 100 - 1e-9) - n) : n - base;
  const fill: Record<string, string> = {
    n: formatNumber(n, 0),
    base: formatNumber(base, 0),
    share: formatShare(n, base),
    rest: formatNumber(base - n, 0),
    gap: formatNumber(gap, 0),
    gapShare: formatShare(gap, base),
    nTotal: formatShare(n, total),
    threshold: rule.scale === 'percent' ? formatPercent(threshold) : formatNumber(threshold),
    ratio: base === 0 ? NO_DATA : formatNumber(n / base),
    times: timesText(n, base, gap),
    cycle: `${formatNumber(cycleYears, 0)}${NBSP}${plural(cycleYears, YEARS)}`,
    cycleGen: `${formatNumber(cycleYears, 0)}${NBSP}${plural(cycleYears, YEARS_GENITIVE)}`,
  };
  const numbers: Record<string, number> = { n, base, gap, rest: base - n };
  // «{base:педагога:педагогов:педагогов}»: the count with its noun in the form the count asks for.
  const filled = (t: string) =>
    t.replace(
      /\{(\w+)(?::([^}:]+):([^}:]+):([^}:]+))?\}/g,
      (_, key: string, one?: string, few?: string, many?: string) => {
        const value = fill[key] ?? `{${key}}`;
        const x = numbers[key];
        return one && few && many && x !== undefined ? `${value}${NBSP}${plural(x, [one, few, many])}` : value;
      },
    );
  const text = filled(fired ? rule.problem : rule.met);
  return {
    rule,
    n,
    base,
    total,
    value,
    threshold,
    fired,
    severity: far ? 'far' : 'near',
    gap,
    text,
    brief: filled(rule.brief),
  };
}

/** Every rule that can be judged on these figures, in the table's order. */
export function findings(figures: Figures, cycleYears: number, rules: readonly Rule[] = RULES): Finding[] {
  return rules.flatMap((rule) => evaluate(rule, figures, cycleYears) ?? []);
}

/** «в 2,2 раза»; «на 1 чел.» when the ratio would print as «1» (62 needed against 61 trained). */
function timesText(n: number, base: number, gap: number): string {
  if (base === 0) return NO_DATA;
  const ratio = formatNumber(n / base);
  if (ratio === '1') return `на ${formatNumber(Math.abs(gap), 0)}${NBSP}чел.`;
  // «в 2,2 раза» after a fraction; a whole number agrees: «в 4 раза», «в 5 раз».
  const whole = Math.round((n / base) * 10) / 10;
  return `в ${ratio} ${Number.isInteger(whole) ? plural(whole, ['раз', 'раза', 'раз']) : 'раза'}`;
}
