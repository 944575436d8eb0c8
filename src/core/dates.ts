// Calendar dates as ISO strings 'YYYY-MM-DD': JSON-safe, time-zone free, ordered as text.

export type IsoDate = string;

export function isoDate(year: number, month: number, day: number): IsoDate | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function parts(date: IsoDate): { year: number; month: number; day: number } {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

/** Adds whole years; 29 February becomes 28 February in a common year. */
export function addYears(date: IsoDate, years: number): IsoDate {
  const { year, month, day } = parts(date);
  const y = year + years;
  return isoDate(y, month, Math.min(day, daysInMonth(y, month))) as IsoDate;
}

/** A Date from a cell: adapters hand over the calendar date in its UTC fields. */
export function fromUtcDate(d: Date): IsoDate {
  return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

/** Spreadsheet serial (days since 30.12.1899, as Sheets and Excel count them) → the day in a Date's UTC fields. */
export function serialToDate(serial: number): Date {
  return new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86400000);
}

/** Spreadsheet serial → date; null outside 01.01.1900 … 31.12.9999. */
export function fromSerial(serial: number): IsoDate | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return null;
  return fromUtcDate(serialToDate(serial));
}

export function toSerial(date: IsoDate): number {
  const { year, month, day } = parts(date);
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86400000);
}

/** `01.09.2020` — the Russian way of writing a date. */
export function formatRu(date: IsoDate): string {
  const { year, month, day } = parts(date);
  return `${pad2(day)}.${pad2(month)}.${year}`;
}

/** Inclusive range test on ISO strings. */
export function within(date: IsoDate, from: IsoDate, to: IsoDate): boolean {
  return date >= from && date <= to;
}
