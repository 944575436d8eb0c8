// Raw cell values as adapters hand them over, A1 addresses, and parsing of the column types (number, date, list…).
import { fromSerial, fromUtcDate, isoDate, toSerial, type IsoDate } from './dates';
import { matchKey, squeezeSpaces, visibleText } from './text';

/** A cell as read: a Date carries its calendar date in the UTC fields (adapters normalise). */
export type CellValue = string | number | boolean | Date | null | undefined;
/** A sheet's values; grid[0] is sheet row 1. */
export type Grid = readonly (readonly CellValue[])[];

export function isBlank(value: CellValue): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return squeezeSpaces(value) === '';
  return false;
}

/** Column letters for a 1-based column index: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let n = column;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function a1(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

/** `D5` → row 5, column 4; null for anything that is not a single-cell A1 address. */
export function parseA1(cell: string): { row: number; column: number } | null {
  const m = /^([A-Z]+)(\d+)$/.exec(cell);
  if (!m) return null;
  let column = 0;
  for (const ch of m[1]) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), column };
}

/** Text as the user sees it; numbers keep their digits, dates their Russian form. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const iso = fromUtcDate(value);
    return `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
  }
  if (typeof value === 'boolean') return value ? 'ИСТИНА' : 'ЛОЖЬ';
  return squeezeSpaces(String(value));
}

/**
 * What an adapter gives for a formula whose file holds no saved result (written by a script and never opened in a
 * spreadsheet program): not empty, not data, but an issue at its cell. Sheets always computes, so only files have it.
 */
export const FORMULA_WITHOUT_RESULT = '#НЕТ_ЗНАЧЕНИЯ!';

/** What a formula that failed leaves in a cell, as Sheets and .xlsx files spell it (always in English). */
const FORMULA_ERRORS = new Set([
  '#N/A',
  '#REF!',
  '#VALUE!',
  '#DIV/0!',
  '#NAME?',
  '#NUM!',
  '#NULL!',
  '#ERROR!',
  '#SPILL!',
  '#CALC!',
  '#GETTING_DATA',
  'Loading...',
  FORMULA_WITHOUT_RESULT,
]);

/** A failed formula's result: not data, whatever the column (a `#N/A` name is not a teacher). */
export function isFormulaError(value: CellValue): boolean {
  return typeof value === 'string' && FORMULA_ERRORS.has(squeezeSpaces(value));
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: ParseFailure };
export type ParseFailure = 'not_a_number' | 'not_an_integer' | 'not_a_date' | 'not_yes_no';

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(reason: ParseFailure): Parsed<T> => ({ ok: false, reason });

/** `16`, `16,0`, `16.0`, ` 16 `, `1 000,5`; never `шестнадцать`. */
export function parseNumber(value: CellValue): Parsed<number> {
  // A number in a date-formatted cell comes back as that day: its serial is what was typed (1985 shows as 07.06.1905).
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? fail('not_a_number') : ok(toSerial(fromUtcDate(value)));
  if (typeof value === 'number') return Number.isFinite(value) ? ok(value) : fail('not_a_number');
  if (typeof value !== 'string') return fail('not_a_number');
  const compact = visibleText(value)
    .replace(/[\s\u00a0\u2007\u202f]+/g, '')
    .replace(/%$/, '');
  if (!/^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/.test(compact)) return fail('not_a_number');
  return ok(Number(compact.replace(',', '.')));
}

export function parseInteger(value: CellValue): Parsed<number> {
  const n = parseNumber(value);
  if (!n.ok) return n;
  // Spreadsheets store 1990 as 1990.0000000001 after arithmetic; tolerate float noise only.
  const rounded = Math.round(n.value);
  return Math.abs(n.value - rounded) < 1e-9 ? ok(rounded) : fail('not_an_integer');
}

/** A real date cell, a serial number, `дд.мм.гггг` or `гггг-мм-дд` (a time part is ignored). */
export function parseDate(value: CellValue): Parsed<IsoDate> {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? fail('not_a_date') : ok(fromUtcDate(value));
  if (typeof value === 'number') {
    // As for text: fewer than five digits is a year (2021 would be 13.07.1905); serials of real dates here are larger.
    if (value < 10000) return fail('not_a_date');
    const d = fromSerial(value);
    return d ? ok(d) : fail('not_a_date');
  }
  if (typeof value !== 'string') return fail('not_a_date');
  const text = squeezeSpaces(value);
  let m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(text);
  if (m) return orFail(isoDate(Number(m[3]), Number(m[2]), Number(m[1])));
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (m) return orFail(isoDate(Number(m[1]), Number(m[2]), Number(m[3])));
  // A serial that arrived as text (CSV exports). Five digits only: «2021» typed alone is a year, not a date.
  if (/^\d{5}([.,]\d+)?$/.test(text)) return orFail(fromSerial(Number(text.replace(',', '.'))));
  return fail('not_a_date');
}

function orFail(d: IsoDate | null): Parsed<IsoDate> {
  return d ? ok(d) : fail('not_a_date');
}

const YES = new Set(['да', 'д', '+', '1', 'true', 'истина', 'yes', 'есть'].map(matchKey));
const NO = new Set(['нет', 'н', '-', '0', 'false', 'ложь', 'no', '–', '—'].map(matchKey));

/** да/нет in every spelling; `null` is unknown (empty cell). */
export function parseYesNo(value: CellValue): Parsed<boolean> {
  if (typeof value === 'boolean') return ok(value);
  if (typeof value === 'number') {
    if (value === 1) return ok(true);
    if (value === 0) return ok(false);
    return fail('not_yes_no');
  }
  if (typeof value !== 'string') return fail('not_yes_no');
  const key = matchKey(value).replace(/[.!]$/, '');
  if (YES.has(key)) return ok(true);
  if (NO.has(key)) return ok(false);
  return fail('not_yes_no');
}
