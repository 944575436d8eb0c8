// Russian number, share, date and period formatting for the report: «24,9 %», «1 234», «01.09.2020».
import { NO_DATA } from '../catalogue/labels';
import { formatRu, parts, type IsoDate } from '../dates';
import { plural, type Forms } from '../plural';
import type { Period } from '../settings';

/** The report's word forms: the common ones live with plural(), the report's own cases below. */
export { ERRORS, TEACHERS, WARNINGS } from '../plural';

/** No-break space: between thousands and between a number and its unit, so «24,9 %» never splits over two lines. */
export const NBSP = '\u00a0';
/** The true minus sign, not a hyphen: «−1,5 п.п.». */
export const MINUS = '\u2212';
/** What a share shows when its denominator is zero. */

/** 1234.56 → «1 234,6» (one decimal at most; «,0» is dropped). */
export function formatNumber(n: number, decimals = 1): string {
  // Never «Infinity», «NaN» or «null» in a report: a value that is not a number shows as no data.
  if (!Number.isFinite(n)) return NO_DATA;
  const factor = 10 ** decimals;
  const rounded = Math.round(Math.abs(n) * factor) / factor;
  const [whole, fraction] = rounded.toFixed(decimals).split('.');
  const grouped = whole.length > 4 ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP) : whole;
  const frac = fraction && /[1-9]/.test(fraction) ? `,${fraction.replace(/0+$/, '')}` : '';
  const sign = n < 0 && (grouped !== '0' || frac !== '') ? MINUS : '';
  return `${sign}${grouped}${frac}`;
}

/** A percentage already on the 0–100 scale: 24.9 → «24,9 %». */
export function formatPercent(pct: number): string {
  return `${formatNumber(pct)}${NBSP}%`;
}

/** numerator / denominator as «24,9 %», or «—» when the denominator is zero. */
export function formatShare(numerator: number, denominator: number): string {
  return denominator === 0 ? NO_DATA : formatPercent((numerator / denominator) * 100);
}

/** «60 педагогов», «1 ОО» — a number with the right plural form of its noun. */
export function formatCount(n: number, forms: Forms): string {
  return `${formatNumber(n, 0)}${NBSP}${plural(n, forms)}`;
}

/** A change with its sign: «+3,2 п.п.», «−5 чел.», «0 п.п.». */
export function formatChange(delta: number, unit: string): string {
  const shown = formatNumber(delta);
  const sign = shown === '0' || shown.startsWith(MINUS) ? '' : '+';
  return `${sign}${shown}${NBSP}${unit}`;
}

/** The verb agreeing with a number of people: «прошёл 21 педагог», «прошли 22 педагога». */
export function verbFor(n: number, one: string, many: string): string {
  return plural(n, [one, many, many]);
}

export const formatDate = (d: IsoDate): string => formatRu(d);

/** An academic year (01.09 – 31.08 of the next year) as «2020/2021 учебный год»; null for any other period. */
export function academicYear(period: Period): string | null {
  const s = parts(period.start);
  const e = parts(period.end);
  if (s.month === 9 && s.day === 1 && e.month === 8 && e.day === 31 && e.year === s.year + 1)
    return `${s.year}/${e.year} учебный год`;
  return null;
}

/** «за 2020/2021 учебный год» or «за период с 01.10.2020 по 30.06.2021». */
export function periodPhrase(period: Period): string {
  const year = academicYear(period);
  return year ? `за ${year}` : `за период с ${formatDate(period.start)} по ${formatDate(period.end)}`;
}

/** «в 2020/2021 учебном году» or «в период с … по …» — the period inside a sentence. */
export function periodIn(period: Period): string {
  const year = academicYear(period);
  return year
    ? `в ${year.replace('учебный год', 'учебном году')}`
    : `в период с ${formatDate(period.start)} по ${formatDate(period.end)}`;
}

/** After «менее», «не старше»: 1 года, 3 лет, 5 лет. */
export const YEARS_GENITIVE: Forms = ['года', 'лет', 'лет'];
/** After «из», «для»: из 1 педагога, из 5 педагогов. */
export const TEACHERS_GENITIVE: Forms = ['педагога', 'педагогов', 'педагогов'];
export const SCHOOLS: Forms = [
  'образовательная организация',
  'образовательные организации',
  'образовательных организаций',
];
/** After «из»: из 1 образовательной организации, из 4 образовательных организаций. */
export const SCHOOLS_GENITIVE: Forms = [
  'образовательной организации',
  'образовательных организаций',
  'образовательных организаций',
];

/** «Доля педагогов» → «доля педагогов» inside a sentence; an abbreviation («КПК», «ИОМ») stays as it is. */
export function lowerFirst(text: string): string {
  return /^[А-ЯЁ][а-яё]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

export function capitalise(text: string): string {
  const t = text.trim();
  return t.charAt(0).toUpperCase() + t.slice(1);
}

/** «a», «b» или «c» — list values from the catalogue inside a sentence. */
export function quotedList(values: readonly string[], conjunction: 'и' | 'или' = 'или'): string {
  const q = values.map((v) => `«${v}»`);
  return q.length <= 1 ? q.join('') : `${q.slice(0, -1).join(', ')} ${conjunction} ${q[q.length - 1]}`;
}
