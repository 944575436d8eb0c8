// The fakes refuse what Google refuses: the grid of a sheet, the size of a cell and of a workbook, protections by user.
import { COLLEAGUE, OWNER, PROTECTED, SCHOOL_EDITOR } from './fakes/access';
import { FakeGoogle } from './fakes/google';
import { FAKE_META_FIELDS } from './fakes/sheetsApi';
import { CELL_LIMIT, NEW_COLUMNS, NEW_ROWS, OUTSIDE_GRID, TOO_LONG, TOO_MANY_CELLS } from './fakes/grid';

interface Api {
  get(
    id: string,
    opts: unknown,
  ): {
    sheets: { properties: { title: string }; protectedRanges?: { editors?: unknown }[] }[];
  };
  batchUpdate(resource: unknown, id: string): unknown;
}

const api = (google: FakeGoogle) => (google.globals().Sheets as { Spreadsheets: Api }).Spreadsheets;

describe('the grid of a sheet', () => {
  test('a new sheet is 1 000 rows × 26 columns, in a new file and through addSheet without gridProperties', () => {
    const google = new FakeGoogle();
    const sheet = google.active.insertSheet('Педагоги');
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([NEW_ROWS, NEW_COLUMNS]);
    expect([google.active.sheet('Лист1').maxRows, google.active.sheet('Лист1').maxColumns]).toEqual([1000, 26]);
    const addSheet = { addSheet: { properties: { sheetId: 9, title: 'Сводная' } } };
    api(google).batchUpdate({ requests: [addSheet] }, google.active.id);
    expect([google.active.sheet('Сводная').maxRows, google.active.sheet('Сводная').maxColumns]).toEqual([1000, 26]);
  });

  test('a range past the grid throws Google’s message: row 1 001 or column AA of a new sheet', () => {
    const sheet = new FakeGoogle().active.insertSheet('Курсы');
    expect(() => sheet.getRange(2, 1, 1000, 5)).toThrow(OUTSIDE_GRID);
    const google = 'The coordinates of the range are outside the dimensions of the sheet.';
    expect(() => sheet.getRange(1, 1, 1, 27)).toThrow(google);
    expect(() => sheet.getRange('A1000:Z1000')).not.toThrow();
  });

  test('the grid grows only when asked: insertRowsAfter, insertColumnsAfter, appendRow on the last row', () => {
    const sheet = new FakeGoogle().active.insertSheet('Мероприятия');
    sheet.insertRowsAfter(1000, 5);
    sheet.insertColumnsAfter(26, 4);
    expect(() => sheet.getRange(1005, 30)).not.toThrow();
    sheet.getRange(1005, 1).setValues([['последняя']]);
    sheet.appendRow(['ещё строка']);
    expect(sheet.getMaxRows()).toBe(1006);
    expect(sheet.cell(1006, 1)?.value).toBe('ещё строка');
  });

  test('the API writes cells inside the grid only', () => {
    const google = new FakeGoogle();
    const rows = Array.from({ length: 1001 }, () => ({ values: [{ userEnteredValue: { stringValue: 'Иванов' } }] }));
    const fields =
      'userEnteredValue,userEnteredFormat.numberFormat,userEnteredFormat.backgroundColor,'
      + 'userEnteredFormat.textFormat.bold,userEnteredFormat.textFormat.link,note';
    const request = { updateCells: { rows, fields, start: { sheetId: 0, rowIndex: 0, columnIndex: 0 } } };
    expect(() => api(google).batchUpdate({ requests: [request] }, google.active.id)).toThrow(/exceeds grid limits/);
  });
});

describe('sizes', () => {
  test('a cell holds at most 50 000 characters', () => {
    const sheet = new FakeGoogle().active.insertSheet('ПедМонитор');
    expect(() => sheet.getRange(1, 1).setValues([['я'.repeat(50_001)]])).toThrow(TOO_LONG);
    expect(() => sheet.getRange(1, 1).setValues([['я'.repeat(50_000)]])).not.toThrow();
  });

  test('a spreadsheet holds at most 10 million cells of grid, filled or not', () => {
    const google = new FakeGoogle();
    const sheet = google.active.insertSheet('Большой');
    expect(() => sheet.insertRowsAfter(1000, Math.ceil(CELL_LIMIT / NEW_COLUMNS))).toThrow(TOO_MANY_CELLS);
    sheet.insertRowsAfter(1000, 382_000); // 383 000 × 26 + Лист1: 9 984 000 cells
    expect(() => google.active.insertSheet('Ещё один')).toThrow(TOO_MANY_CELLS);
  });
});

describe('users and protections', () => {
  function protectedBook() {
    const google = new FakeGoogle();
    const book = google.active;
    book.addEditors([COLLEAGUE, SCHOOL_EDITOR]);
    const sheet = book.insertSheet('01 Педагоги');
    sheet.protect().setDescription('PedMonitor: 01 Педагоги').addEditors([SCHOOL_EDITOR]);
    return { google, book, sheet };
  }

  test('a protection stops every editor it does not list, and lets the listed ones and the owner write', () => {
    const { google, sheet } = protectedBook();
    google.session.user = COLLEAGUE;
    expect(() => sheet.getRange(2, 1).setValues([['Петров']])).toThrow(PROTECTED);
    google.session.user = SCHOOL_EDITOR;
    expect(() => sheet.getRange(2, 1).setValues([['Петров']])).not.toThrow();
    google.session.user = OWNER;
    expect(() => sheet.getRange(3, 1).setValues([['Сидоров']])).not.toThrow();
  });

  test('the API shows a protection’s editors only to users who may edit it', () => {
    const { google, book } = protectedBook();
    const meta = () => api(google).get(book.id, { fields: FAKE_META_FIELDS });
    const editorsSeen = () => meta().sheets[1].protectedRanges?.[0].editors;
    expect(editorsSeen()).toEqual({ users: [OWNER, SCHOOL_EDITOR] });
    google.session.user = COLLEAGUE;
    expect(editorsSeen()).toBeUndefined();
  });

  test('a user who is not an editor of a file can neither open it through the API nor write to it', () => {
    const google = new FakeGoogle();
    google.session.user = 'chuzhoy@example.org';
    expect(() => api(google).get(google.active.id, { fields: FAKE_META_FIELDS })).toThrow(/permission/);
  });

  test('a batch that touches a protected sheet fails for a user the protection does not list', () => {
    const { google, book, sheet } = protectedBook();
    google.session.user = COLLEAGUE;
    const deleteSheet = { deleteSheet: { sheetId: sheet.id } };
    expect(() => api(google).batchUpdate({ requests: [deleteSheet] }, book.id)).toThrow(PROTECTED);
    expect(book.getSheetByName('01 Педагоги')).not.toBeNull();
  });
});
