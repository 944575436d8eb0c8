// List values and categories valid for a period: names that changed (ОБЖ → ОБЗР) and categories that appeared.
import type { IsoDate } from '../dates';
import type { Category, Subject } from './lists';

export interface TermValidity {
  /** The list value as the catalogue keeps it (the key of indicators such as D1:<предмет>). */
  value: string;
  /** The first day the term is in force (inclusive). */
  from?: IsoDate;
  /** The name used for periods that end before `from`. */
  before?: string;
}

/**
 * Terms with dates. A period uses the names in force on its last day: a report for 2020/2021 says «ОБЖ»;
 * categories that did not exist yet are left out of its wording.
 */
export const TERMS: readonly TermValidity[] = [
  // Федеральный закон от 19.12.2023 № 618-ФЗ: «Основы безопасности и защиты Родины» с 01.09.2024.
  { value: 'ОБЗР' satisfies Subject, from: '2024-09-01', before: 'ОБЖ' },
  // Приказ Минпросвещения России от 24.03.2023 № 196: новые квалификационные категории с 01.09.2023.
  { value: 'педагог-методист' satisfies Category, from: '2023-09-01' },
  { value: 'педагог-наставник' satisfies Category, from: '2023-09-01' },
];

const BY_VALUE = new Map(TERMS.map((t) => [t.value, t]));

/** Former name → the catalogue's value: a school may type the name its period used. */
export const FORMER_NAMES: ReadonlyMap<string, string> = new Map(
  TERMS.flatMap((t) => (t.before ? [[t.before, t.value] as [string, string]] : [])),
);

/** Whether a list value existed on the period's last day. */
export function inForce(value: string, periodEnd: IsoDate): boolean {
  const t = BY_VALUE.get(value);
  return !t?.from || t.before !== undefined || t.from <= periodEnd;
}

/** The name of a list value for a period: «ОБЖ» for a period ending before 01.09.2024. */
export function termFor(value: string, periodEnd: IsoDate): string {
  const t = BY_VALUE.get(value);
  return t?.from && t.before && periodEnd < t.from ? t.before : value;
}

/** The values of a list a period knows, under their names for that period (templates' dropdowns, documents). */
export function termsFor(values: readonly string[], periodEnd: IsoDate): string[] {
  return values.filter((v) => inForce(v, periodEnd)).map((v) => termFor(v, periodEnd));
}

/**
 * A catalogue text (a method, a note) in the words of the period: renamed values under their old names, values not
 * yet in force dropped from «a», «b» или «c» enumerations.
 */
export function periodWording(text: string, periodEnd: IsoDate): string {
  let out = text;
  for (const t of TERMS) {
    if (!t.from || periodEnd >= t.from) continue;
    if (t.before) {
      out = out.split(`«${t.value}»`).join(`«${t.before}»`);
      continue;
    }
    const quoted = `«${t.value}»`;
    const droppedOr = out.includes(` или ${quoted}`);
    out = out.split(`, ${quoted}`).join('').split(` или ${quoted}`).join('');
    // «a», «b» или «c» lost its «или» with «c»: the last comma of that enumeration becomes «или».
    if (droppedOr) out = out.replace(/», «([^»]*)»(?!.*», «)/, '» или «$1»');
  }
  return out;
}
