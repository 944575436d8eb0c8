// Links to cells: inside the workbook by sheet id, into a school's file by its URL.
import { cellUrl, spreadsheetId } from '../../src/app/links';

const id = '1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789';

test('a Google Sheets link gives its file id, whatever follows it', () => {
  expect(spreadsheetId(`https://docs.google.com/spreadsheets/d/${id}/edit#gid=0`)).toBe(id);
  expect(spreadsheetId(` https://docs.google.com/spreadsheets/u/1/d/${id}/edit?usp=sharing `)).toBe(id);
});

test('a path, a typo or another site is not a spreadsheet link', () => {
  expect(spreadsheetId('ОО 01.xlsx')).toBeNull();
  expect(spreadsheetId('docs.google.com/spreadsheets/d/abc')).toBeNull();
  expect(spreadsheetId(`https://drive.google.com/file/d/${id}/view`)).toBeNull();
});

test('a cell of this workbook is a relative link; a cell of a school file is the file’s URL with the same fragment', () => {
  expect(cellUrl(123, 'D5')).toBe('#gid=123&range=D5');
  expect(cellUrl(0, 'B2', `https://docs.google.com/spreadsheets/d/${id}/edit?usp=sharing`)).toBe(
    `https://docs.google.com/spreadsheets/d/${id}/edit#gid=0&range=B2`,
  );
});
