// A SheetModel as the Sheets API rows and requests of one batchUpdate: values, formats, tones, notes, widths,
// protection.
import type { SheetModel } from '../../src/core/layout/model';
import { PALETTE, TONE_COLOURS } from '../../src/core/catalogue/palette';
import { apiColor, drawRequests, modelRows, NUMBER_FORMAT } from '../../src/gas/drawModel';
import { serialToDate } from '../../src/core/dates';
import { freeSheetIds } from '../../src/gas/swapSheets';

const model: SheetModel = {
  name: 'План ПК',
  header: [['Код', 'Педагог', 'Доля', 'Последний курс окончен', 'Ячейка']],
  rows: [
    [
      { value: '01' },
      { value: '=Иванова' },
      { value: 0.249, format: 'percent', tone: 'below-target', note: '60 из 241', bold: true },
      { value: '2021-03-15', format: 'date' },
      { value: 'D5', link: { sheet: '01 Педагоги', cell: 'D5' } },
    ],
    [{ value: null }],
  ],
  frozenRows: 1,
  frozenColumns: 0,
  columnWidths: [60, 200, 200, 150, 70],
};

const rows = modelRows(model, (l) => `#gid=42&range=${l.cell}`);
const cells = rows[1].values ?? [];

test('school text is a string value (never parsed as a formula or a number), numbers numbers, dates serial days, links a text format, never a formula', () => {
  expect(cells[0].userEnteredValue).toEqual({ stringValue: '01' });
  expect(cells[1].userEnteredValue).toEqual({ stringValue: '=Иванова' });
  expect(cells[2].userEnteredValue).toEqual({ numberValue: 0.249 });
  expect(
    serialToDate(cells[3].userEnteredValue?.numberValue as number)
      .toISOString()
      .slice(0, 10),
  ).toBe('2021-03-15');
  expect(cells[4].userEnteredValue).toEqual({ stringValue: 'D5' });
  expect(cells[4].userEnteredFormat?.textFormat).toEqual({ bold: false, link: { uri: '#gid=42&range=D5' } });
  expect(cells[0].userEnteredFormat?.textFormat).toEqual({ bold: false });
});

test('a short row is padded to the sheet’s width with cells that have no value', () => {
  expect(rows[2].values).toHaveLength(5);
  expect(rows[2].values?.every((c) => c.userEnteredValue === undefined)).toBe(true);
});

test('formats, tones, bold and notes land on their cells; the header is bold on its own colour', () => {
  expect(cells[2].userEnteredFormat?.numberFormat).toEqual(NUMBER_FORMAT.percent);
  expect(cells[3].userEnteredFormat?.numberFormat).toEqual(NUMBER_FORMAT.date);
  expect(cells[2].userEnteredFormat?.backgroundColor).toEqual(apiColor(TONE_COLOURS['below-target']));
  expect(rows[0].values?.map((c) => c.userEnteredFormat?.backgroundColor)).toEqual(
    Array(5).fill(apiColor(PALETTE.header)),
  );
  expect(cells[2].userEnteredFormat?.textFormat?.bold).toBe(true);
  expect(cells[0].userEnteredFormat?.textFormat?.bold).toBe(false);
  expect(cells[2].note).toBe('60 из 241');
});

test('a link that cannot be resolved stays plain text', () => {
  expect(modelRows(model, () => null)[1].values?.[4].userEnteredValue).toEqual({ stringValue: 'D5' });
});

test('the sheet is added frozen as the model says, widths go in runs, and it is protected for the given editors only', () => {
  const requests = drawRequests(
    model,
    () => null,
    7,
    'План ПК (обновляется)',
    3,
    ['metodist@kuzroo.example'],
    'PedMonitor: План ПК',
  );
  expect(requests[0].addSheet?.properties).toMatchObject({
    sheetId: 7,
    title: 'План ПК (обновляется)',
    index: 3,
    gridProperties: { frozenRowCount: 1, frozenColumnCount: 0 },
  });
  const widths = requests
    .filter((r) => r.updateDimensionProperties)
    .map((r) => [
      r.updateDimensionProperties?.range?.startIndex,
      r.updateDimensionProperties?.range?.endIndex,
      r.updateDimensionProperties?.properties?.pixelSize,
    ]);
  expect(widths).toEqual([
    [0, 1, 60],
    [1, 3, 200],
    [3, 4, 150],
    [4, 5, 70],
  ]);
  expect(requests.at(-1)?.addProtectedRange?.protectedRange).toMatchObject({
    range: { sheetId: 7 },
    warningOnly: false,
    editors: { users: ['metodist@kuzroo.example'] },
  });
  // Consumer accounts have no domain: the flag is not sent at all.
  expect(requests.at(-1)?.addProtectedRange?.protectedRange?.editors).not.toHaveProperty('domainUsersCanEdit');
});

test('new sheet ids never collide and never pass 2^31 − 1', () => {
  expect(freeSheetIds([0, 1_500_000_000], 4)).toEqual([1_500_000_001, 1_500_000_002, 1_500_000_003, 1_500_000_004]);
  expect(freeSheetIds([0, 1, 3, 2 ** 31 - 2], 3)).toEqual([2, 4, 5]);
});
