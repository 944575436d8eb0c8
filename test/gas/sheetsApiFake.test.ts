// The fake Sheets API is strict: a request kind, a field or a field mask the add-on is not meant to send is refused,
// so a wrong payload fails here as it would in Google instead of passing silently.
import { FakeGoogle } from './fakes/google';
import { FAKE_META_FIELDS, FAKE_TYPE_FIELDS, FAKE_VALUE_FIELDS } from './fakes/sheetsApi';
import { OWNER } from './fakes/spreadsheet';

interface Api {
  get(
    id: string,
    opts: unknown,
  ): { sheets: { properties: { title: string }; data?: { rowData: { values: unknown[] }[] }[] }[] };
  batchUpdate(resource: unknown, id: string): unknown;
}

function setup() {
  const google = new FakeGoogle();
  const api = (google.globals().Sheets as { Spreadsheets: Api }).Spreadsheets;
  const book = google.active;
  const old = book.sheet('Лист1');
  old.ensure(1, 1).value = 'было';
  return { google, api, book, old };
}

const addSheet = (sheetId: number, title: string) => ({ addSheet: { properties: { sheetId, title } } });

test.each([
  ['an unknown request kind', { repeatCell: { range: { sheetId: 0 } } }],
  [
    'an unknown field of a cell',
    {
      updateCells: {
        rows: [{ values: [{ userEnteredValue: { stringValue: 'x' }, hyperlink: 'http://x' }] }],
        fields:
          'userEnteredValue,userEnteredFormat.numberFormat,userEnteredFormat.backgroundColor,userEnteredFormat.textFormat.bold,note',
        start: { sheetId: 0 },
      },
    },
  ],
  ['another field mask', { updateCells: { rows: [], fields: '*', start: { sheetId: 0 } } }],
  [
    'two values in one cell',
    {
      updateCells: {
        rows: [{ values: [{ userEnteredValue: { stringValue: 'x', numberValue: 1 } }] }],
        fields:
          'userEnteredValue,userEnteredFormat.numberFormat,userEnteredFormat.backgroundColor,userEnteredFormat.textFormat.bold,note',
        start: { sheetId: 0 },
      },
    },
  ],
  ['two kinds in one request', { deleteSheet: { sheetId: 0 }, addSheet: { properties: { sheetId: 5, title: 'x' } } }],
  ['a sheet id that does not exist', { deleteSheet: { sheetId: 424242 } }],
])('a batch with %s is refused', (_, request) => {
  const { api, book } = setup();
  expect(() => api.batchUpdate({ requests: [request] }, book.id)).toThrow();
});

test('a batch is all or nothing: a failing request leaves every sheet as it was', () => {
  const { api, book, old } = setup();
  expect(() =>
    api.batchUpdate(
      {
        requests: [
          addSheet(7, 'Сводная (обновляется)'),
          { deleteSheet: { sheetId: old.id } },
          { deleteSheet: { sheetId: 999 } },
        ],
      },
      book.id,
    ),
  ).toThrow();
  expect(book.sheets.map((s) => s.name)).toEqual(['Лист1']);
  expect(book.sheet('Лист1').cell(1, 1)?.value).toBe('было');
});

test('reads ask for one of the two field masks and name existing sheets only', () => {
  const { api, book } = setup();
  expect(() => api.get(book.id, { fields: 'sheets' })).toThrow(/маска/);
  expect(() => api.get(book.id, { fields: FAKE_VALUE_FIELDS, ranges: ["'Нет такого'"] })).toThrow(
    /Unable to parse range/,
  );
  expect(() => api.get(book.id, { fields: FAKE_VALUE_FIELDS })).toThrow(/ranges/);
  expect(() => api.get(book.id, { fields: FAKE_TYPE_FIELDS, ranges: ["'Лист1'"] })).toThrow(/блоком/);
  expect(api.get(book.id, { fields: FAKE_META_FIELDS }).sheets.map((s) => s.properties.title)).toEqual(['Лист1']);
});

test('a cell is read back as the API gives it: text as a string value, a date as a serial day shown as a date', () => {
  const { api, book, old } = setup();
  old.ensure(1, 2).value = new Date(Date.UTC(2021, 7, 31) - 3 * 3600 * 1000);
  old.ensure(3, 1).format = '@';
  const values = api.get(book.id, { fields: FAKE_VALUE_FIELDS, ranges: ["'Лист1'"] }).sheets[0].data?.[0].rowData;
  expect(values?.map((r) => r.values)).toEqual([
    [{ effectiveValue: { stringValue: 'было' } }, { effectiveValue: { numberValue: 44439 } }],
    [],
    [{}],
  ]);
  const types = api.get(book.id, { fields: FAKE_TYPE_FIELDS, ranges: ["'Лист1'!A1:B1"] }).sheets[0].data?.[0].rowData;
  expect(types?.map((r) => r.values)).toEqual([[{}, { effectiveFormat: { numberFormat: { type: 'DATE' } } }]]);
});

test('a file the user may not open is refused as Google refuses it', () => {
  const { google, api, book } = setup();
  google.denied.add(book.id);
  expect(() => api.get(book.id, { fields: FAKE_META_FIELDS })).toThrow(/permission/);
  expect(() => api.get('1NoSuchFile000000000000000', { fields: FAKE_META_FIELDS })).toThrow(/not found/);
});

test('a protection lists the owner and the users given', () => {
  const { api, book, old } = setup();
  api.batchUpdate(
    {
      requests: [
        {
          addProtectedRange: {
            protectedRange: {
              range: { sheetId: old.id },
              description: 'PedMonitor: Лист1',
              warningOnly: false,
              editors: { users: ['metodist2@kuzroo.example'] },
            },
          },
        },
      ],
    },
    book.id,
  );
  expect([...old.protections[0].editors].sort()).toEqual([OWNER, 'metodist2@kuzroo.example'].sort());
});
