// The fake Sheets API checks every call against Google's discovery document, as the real API validates a payload.
import { checkMask, maskPaths, validateCall } from './fakes/discovery';

const batch = (...requests: unknown[]) => ({ requests });
const addSheet = (properties: Record<string, unknown>) => batch({ addSheet: { properties } });
const check = (resource: unknown) => () => validateCall('batchUpdate', resource, undefined);
const CELLS = 'userEnteredValue,userEnteredFormat.textFormat.link';

test('a request the add-on sends passes: a sheet with its grid, cells with a link, a protection', () => {
  const grid = { rowCount: 1000, columnCount: 26, frozenRowCount: 1 };
  expect(check(addSheet({ sheetId: 7, title: 'Сводная', index: 2, gridProperties: grid }))).not.toThrow();
  const textFormat = { bold: true, link: { uri: 'https://docs.google.com/x' } };
  const rows = [{ values: [{ userEnteredValue: { stringValue: 'B2' }, userEnteredFormat: { textFormat } }] }];
  expect(check(batch({ updateCells: { rows, fields: CELLS, start: { sheetId: 7 } } }))).not.toThrow();
  const protectedRange = { range: { sheetId: 7 }, editors: { users: ['metodist@kuzroo.example'] } };
  expect(check(batch({ addProtectedRange: { protectedRange } }))).not.toThrow();
});

test('an unknown field is refused with Google’s words', () => {
  expect(check(addSheet({ sheetId: 7, title: 'Сводная', colour: 'red' }))).toThrow('Unknown name "colour"');
});

test('a value outside an enum is refused', () => {
  const range = { sheetId: 7, dimension: 'COLUMN', startIndex: 0, endIndex: 1 };
  const request = { updateDimensionProperties: { range, properties: { pixelSize: 60 }, fields: 'pixelSize' } };
  expect(check(batch(request))).toThrow(/enum/);
});

test('an int32 field past 2 147 483 647 is refused, so is a fraction', () => {
  expect(check(addSheet({ sheetId: 2 ** 31, title: 'Сводная' }))).toThrow(/TYPE_INT32/);
  expect(check(addSheet({ sheetId: 2 ** 31 - 1, title: 'Сводная' }))).not.toThrow();
  expect(check(addSheet({ sheetId: 1.5, title: 'Сводная' }))).toThrow(/TYPE_INT32/);
});

test('a field mask must name fields of the resource, in get and inside a request', () => {
  const get = (fields: string) => () => validateCall('get', undefined, { fields });
  expect(get('sheets(properties(sheetId,title),data.rowData.values.effectiveValue)')).not.toThrow();
  expect(get('sheets(properties(sheetId,name))')).toThrow(/Invalid field selection name/);
  expect(() => checkMask('userEnteredValue,userEnteredFormat.textFormat.url', 'CellData', 'fields')).toThrow(/url/);
  expect(maskPaths('a,b(c,d.e(f,g)),h')).toEqual(['a', 'b.c', 'b.d.e.f', 'b.d.e.g', 'h']);
});

test('an unknown query parameter is refused', () => {
  expect(() => validateCall('get', undefined, { fields: 'sheets', includeGridData: true, gridData: true })).toThrow(
    /gridData/,
  );
});
