// The fake Sheets API checks every call against Google's discovery document, as the real API validates a payload.
import { checkMask, maskPaths, validateCall } from './fakes/discovery';

const addSheet = (properties: Record<string, unknown>) => ({ requests: [{ addSheet: { properties } }] });

test('a request the add-on sends passes: a sheet with its grid, cells with a link, a protection', () => {
  expect(() => validateCall('batchUpdate', addSheet({ sheetId: 7, title: 'Сводная', index: 2, gridProperties: { rowCount: 1000, columnCount: 26, frozenRowCount: 1 } }), undefined)).not.toThrow();
  const cells = { updateCells: { rows: [{ values: [{ userEnteredValue: { stringValue: 'B2' }, userEnteredFormat: { textFormat: { bold: true, link: { uri: 'https://docs.google.com/x' } } } }] }], fields: 'userEnteredValue,userEnteredFormat.textFormat.link', start: { sheetId: 7 } } };
  expect(() => validateCall('batchUpdate', { requests: [cells] }, undefined)).not.toThrow();
  expect(() => validateCall('batchUpdate', { requests: [{ addProtectedRange: { protectedRange: { range: { sheetId: 7 }, editors: { users: ['metodist@kuzroo.example'] } } } }] }, undefined)).not.toThrow();
});

test('an unknown field is refused with Google’s words', () => {
  expect(() => validateCall('batchUpdate', addSheet({ sheetId: 7, title: 'Сводная', colour: 'red' }), undefined)).toThrow('Unknown name "colour"');
});

test('a value outside an enum is refused', () => {
  const request = { updateDimensionProperties: { range: { sheetId: 7, dimension: 'COLUMN', startIndex: 0, endIndex: 1 }, properties: { pixelSize: 60 }, fields: 'pixelSize' } };
  expect(() => validateCall('batchUpdate', { requests: [request] }, undefined)).toThrow(/enum/);
});

test('an int32 field past 2 147 483 647 is refused, so is a fraction', () => {
  expect(() => validateCall('batchUpdate', addSheet({ sheetId: 2 ** 31, title: 'Сводная' }), undefined)).toThrow(/TYPE_INT32/);
  expect(() => validateCall('batchUpdate', addSheet({ sheetId: 2 ** 31 - 1, title: 'Сводная' }), undefined)).not.toThrow();
  expect(() => validateCall('batchUpdate', addSheet({ sheetId: 1.5, title: 'Сводная' }), undefined)).toThrow(/TYPE_INT32/);
});

test('a field mask must name fields of the resource, in get and inside a request', () => {
  expect(() => validateCall('get', undefined, { fields: 'sheets(properties(sheetId,title),data.rowData.values.effectiveValue)' })).not.toThrow();
  expect(() => validateCall('get', undefined, { fields: 'sheets(properties(sheetId,name))' })).toThrow(/Invalid field selection name/);
  expect(() => checkMask('userEnteredValue,userEnteredFormat.textFormat.url', 'CellData', 'fields')).toThrow(/url/);
  expect(maskPaths('a,b(c,d.e(f,g)),h')).toEqual(['a', 'b.c', 'b.d.e.f', 'b.d.e.g', 'h']);
});

test('an unknown query parameter is refused', () => {
  expect(() => validateCall('get', undefined, { fields: 'sheets', includeGridData: true, gridData: true })).toThrow(/gridData/);
});
