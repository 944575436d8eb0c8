// Values across the Apps Script boundary: cells the Sheets API returns, text kept as text, the store's chunks.
import { toSerial } from '../../src/core/dates';
import { serialToDate } from '../../src/core/dates';
import { extent, fromGrid, hasNumbers } from '../../src/gas/gridValues';
import { blockRange, QUOTA_WAITS, withQuota } from '../../src/gas/sheetsApi';
import { asText } from '../../src/gas/values';
import { chunks } from '../../src/gas/storeSheet';
import { enteredValue } from './fakes/grid';

const iso = (d: unknown) => (d as Date).toISOString().slice(0, 10);
const value = (effectiveValue: object) => ({ effectiveValue });
const typed = (type?: string) => (type ? { effectiveFormat: { numberFormat: { type } } } : {});

test('a number shown as a date is its calendar day, whatever the zone; a time of day is dropped', () => {
  const grid = fromGrid(
    [{ values: [value({ numberValue: 44439 }), value({ numberValue: 44439.75 })] }],
    [{ values: [typed('DATE'), typed('DATE_TIME')] }],
  );
  expect(grid[0].map(iso)).toEqual(['2021-08-31', '2021-08-31']);
  expect(serialToDate(toSerial('1985-06-07')).toISOString().slice(0, 10)).toBe('1985-06-07');
});

test('a number shown as a number stays a number, text stays text, empty cells become null', () => {
  expect(
    fromGrid(
      [{ values: [value({ stringValue: 'Иванова' }), {}, value({ numberValue: 16 }), value({ boolValue: true })] }],
      [{ values: [{}, {}, typed('NUMBER')] }],
    ),
  ).toEqual([['Иванова', null, 16, true]]);
});

test('a formula error reads as getValues shows it', () => {
  expect(fromGrid([{ values: [value({ errorValue: { type: 'N_A', message: 'нет' } })] }])).toEqual([['#N/A']]);
});

test('rows that hold nothing are cut off, short rows are padded: the data range, as getDataRange gives it', () => {
  const rows = [
    { values: [value({ stringValue: 'ФИО' }), value({ stringValue: 'Стаж' })] },
    { values: [value({ stringValue: 'Петров' })] },
    { values: [{}, {}] },
    {},
  ];
  expect(extent(rows)).toEqual({ rows: 2, columns: 2 });
  expect(fromGrid(rows)).toEqual([
    ['ФИО', 'Стаж'],
    ['Петров', null],
  ]);
  expect(fromGrid([{ values: [{}] }])).toEqual([[null]]);
  expect(fromGrid(undefined)).toEqual([[null]]);
});

test('the date types are asked only when a sheet holds a number, for the block from A1 to its last value', () => {
  expect(hasNumbers([{ values: [value({ stringValue: '01' })] }])).toBe(false);
  expect(
    hasNumbers([{ values: [value({ stringValue: 'ФИО' })] }, { values: [{}, value({ numberValue: 1985 })] }]),
  ).toBe(true);
  expect(blockRange("Педагоги 'Лесная'", 57, 28)).toBe("'Педагоги ''Лесная'''!A1:AB57");
});

test('Google’s per-minute quota is waited out, then named in Russian; other errors pass at once', () => {
  const waits: number[] = [];
  let refusals = 2;
  const read = () => {
    if (refusals-- > 0) throw new Error('Quota exceeded for quota metric (429)');
    return 'прочитано';
  };
  expect(withQuota(read, (ms) => waits.push(ms))).toBe('прочитано');
  expect(waits).toEqual(QUOTA_WAITS.slice(0, 2));
  expect(() =>
    withQuota(
      () => {
        throw new Error('Rate Limit Exceeded');
      },
      () => undefined,
    ),
  ).toThrow(/60 чтений в минуту/);
  expect(() =>
    withQuota(
      () => {
        throw new Error('Requested entity was not found.');
      },
      () => {
        throw new Error('не ждать');
      },
    ),
  ).toThrow(/not found/);
});

test.each(['=1+1', '+7 999', '-5', '@здесь', '01', '31.08.2021', 'TRUE'])(
  '«%s» written as text stays that text',
  (typed) => {
    expect(enteredValue(asText(typed))).toEqual({ value: typed });
  },
);

test('long JSON is cut into cells of at most 49 000 characters and joins back', () => {
  const text = 'я'.repeat(120_000);
  const parts = chunks(text);
  expect(parts.map((p) => p.length)).toEqual([49_000, 49_000, 22_000]);
  expect(parts.join('')).toBe(text);
});
