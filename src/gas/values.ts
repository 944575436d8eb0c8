// Cell values across the Apps Script boundary: dates read in the sheet's time zone, text written as text.
import type { CellValue } from '../core/cells';

/** «+0300» (Utilities.formatDate's 'Z') → minutes east of UTC. */
export function offsetMinutes(zone: string): number {
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(zone.trim());
  if (!m) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === '-' ? -minutes : minutes;
}

/**
 * Sheets returns a date cell as the instant of its midnight in the spreadsheet's time zone; the core wants the
 * calendar date in the UTC fields. Shifting by the zone's offset gives exactly that (a time part is dropped).
 */
export function calendarDate(d: Date, offset: number): Date {
  const shifted = new Date(d.getTime() + offset * 60000);
  return new Date(Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate()));
}

/** A grid as getValues returned it → core cells; `offset` is asked for only when a date is met. */
export function fromSheet(grid: readonly (readonly unknown[])[], offset: () => number): CellValue[][] {
  return grid.map((row) => row.map((v): CellValue => {
    if (v instanceof Date) return calendarDate(v, offset());
    if (v === '' || v === undefined) return null;
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v === null) return v;
    return String(v);
  }));
}

/**
 * Text for setValues: a leading apostrophe makes Sheets keep it as typed — never a formula (= + - @), never a
 * number or a date («01» stays «01»). The apostrophe itself is not part of the cell's value.
 */
export function asText(text: string): string {
  return text === '' ? '' : `'${text}`;
}

/** A calendar date (ISO) as a Date that Sheets shows as that day in any zone east of UTC−12. */
export function isoToDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d, 12));
}

/** `=HYPERLINK("url","label")`: the only formula the add-on writes; both parts are its own, quotes doubled. */
export function hyperlink(url: string, label: string): string {
  const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
  return `=HYPERLINK(${quote(url)},${quote(label)})`;
}
