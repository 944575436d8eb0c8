// Values across the Apps Script boundary: cells the Sheets API returns, text kept as text, the store's chunks.
import { fromGrid, isoToSerial, serialToDate } from '../../src/gas/gridValues';
import { asText, hyperlink } from '../../src/gas/values';
import { chunks } from '../../src/gas/storeSheet';
import { enteredValue } from './fakes/spreadsheet';

const iso = (d: unknown) => (d as Date).toISOString().slice(0, 10);
const cell = (effectiveValue: object, type?: string) => ({ effectiveValue, ...(type ? { effectiveFormat: { numberFormat: { type } } } : {}) });

test('a date cell (a serial number shown as a date) is its calendar day, whatever the zone; a time of day is dropped', () => {
  const grid = fromGrid([{ values: [cell({ numberValue: 44439 }, 'DATE'), cell({ numberValue: 44439.75 }, 'DATE_TIME')] }]);
  expect(grid[0].map(iso)).toEqual(['2021-08-31', '2021-08-31']);
  expect(serialToDate(isoToSerial('1985-06-07')).toISOString().slice(0, 10)).toBe('1985-06-07');
});

test('a number shown as a number stays a number, text stays text, empty cells become null', () => {
  expect(fromGrid([{ values: [cell({ stringValue: 'Иванова' }), {}, cell({ numberValue: 16 }, 'NUMBER'), cell({ boolValue: true })] }])).toEqual([['Иванова', null, 16, true]]);
});

test('a formula error reads as getValues shows it', () => {
  expect(fromGrid([{ values: [cell({ errorValue: { type: 'N_A', message: 'нет' } })] }])).toEqual([['#N/A']]);
});

test('rows that hold only formats are cut off, short rows are padded: the data range, as getDataRange gives it', () => {
  const formatted = { values: [{ effectiveFormat: { numberFormat: { type: 'TEXT' } } }] };
  expect(fromGrid([{ values: [cell({ stringValue: 'ФИО' }), cell({ stringValue: 'Стаж' })] }, { values: [cell({ stringValue: 'Петров' })] }, formatted, formatted]))
    .toEqual([['ФИО', 'Стаж'], ['Петров', null]]);
  expect(fromGrid([formatted])).toEqual([[null]]);
  expect(fromGrid(undefined)).toEqual([[null]]);
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
