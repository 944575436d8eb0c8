// Values across the Apps Script boundary: dates in the sheet's zone, text kept as text, the store's chunks.
import { asText, calendarDate, fromSheet, hyperlink, offsetMinutes } from '../../src/gas/values';
import { chunks } from '../../src/gas/storeSheet';
import { enteredValue } from './fakes/spreadsheet';

const midnightIn = (y: number, m: number, d: number, offset: number) => new Date(Date.UTC(y, m - 1, d) - offset * 60000);
const iso = (d: Date) => d.toISOString().slice(0, 10);

test.each([['Europe/Moscow', 180], ['Asia/Kamchatka', 720], ['Europe/Kaliningrad', 120], ['America/New_York', -300]])(
  'a date cell read in %s keeps its calendar day', (_, offset) => {
    expect(iso(calendarDate(midnightIn(2021, 8, 31, offset as number), offset as number))).toBe('2021-08-31');
  });

test('the zone offset comes from «+0300» / «-0500»', () => {
  expect(offsetMinutes('+0300')).toBe(180);
  expect(offsetMinutes('-0500')).toBe(-300);
  expect(offsetMinutes('+05:30')).toBe(330);
});

test('the zone is asked only when a date is met; empty cells become null', () => {
  let asked = 0;
  const grid = fromSheet([['Иванова', '', 16]], () => { asked++; return 180; });
  expect(grid).toEqual([['Иванова', null, 16]]);
  expect(asked).toBe(0);
});

test.each(['=1+1', '+7 999', '-5', '@здесь', '01', '31.08.2021', 'TRUE'])('«%s» written as text stays that text', (typed) => {
  expect(enteredValue(asText(typed))).toEqual({ value: typed });
});

test('a link label and URL are quoted inside the only formula the add-on writes', () => {
  expect(hyperlink('https://x.example/?a="b"', 'D5')).toBe('=HYPERLINK("https://x.example/?a=""b""","D5")');
});

test('long JSON is cut into cells of at most 49 000 characters and joins back', () => {
  const text = 'я'.repeat(120_000);
  const parts = chunks(text);
  expect(parts.map((p) => p.length)).toEqual([49_000, 49_000, 22_000]);
  expect(parts.join('')).toBe(text);
});
