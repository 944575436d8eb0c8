// The requests of spreadsheets.batchUpdate the fake Sheets API accepts, each applied to a fake spreadsheet
// as Sheets does.
import { CELL_CHARS, enteredValue, NEW_COLUMNS, NEW_ROWS, SHEET_LIMIT, TOO_LONG, type Cell } from './grid';
import { FakeSheet } from './sheet';
import { FakeProtection } from './sheetParts';
import type { FakeSpreadsheet } from './spreadsheet';

export type Json = Record<string, unknown>;

/** Fake cells keep dates as midnight in Moscow; Sheets counts serial days from 30.12.1899. */
export const MOSCOW_MS = 3 * 3600 * 1000;
export const EPOCH = Date.UTC(1899, 11, 30);
export const DAY = 86_400_000;

/** «Диагностика» writes a value with a link and nothing else. */
const LINK_CELL_FIELDS = 'userEnteredValue,userEnteredFormat.textFormat.link';
const CELL_FIELDS =
  'userEnteredValue,userEnteredFormat.numberFormat,userEnteredFormat.backgroundColor,userEnteredFormat.textFormat.bold,userEnteredFormat.textFormat.link,note';

export function fail(message: string): never {
  throw new Error(`Invalid JSON payload received. ${message}`);
}

/** An object with only these keys (each optional unless listed in `required`). */
export function only(x: unknown, keys: readonly string[], path: string, required: readonly string[] = []): Json {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) fail(`${path}: ожидался объект`);
  const o = x as Json;
  for (const k of Object.keys(o)) if (!keys.includes(k)) fail(`Unknown name "${k}" at '${path}': Cannot find field.`);
  for (const k of required) if (o[k] === undefined) fail(`${path}.${k}: обязательное поле`);
  return o;
}

export const isNumber = (x: unknown, path: string): number =>
  typeof x === 'number' && Number.isFinite(x) ? x : fail(`${path}: ожидалось число`);

function hex(color: Json): string {
  const c = (k: string) =>
    Math.round(isNumber(color[k] ?? 0, `color.${k}`) * 255)
      .toString(16)
      .padStart(2, '0');
  return `#${c('red')}${c('green')}${c('blue')}`;
}

function sheetById(ss: FakeSpreadsheet, sheetId: unknown, path: string): FakeSheet {
  const sheet = ss.sheets.find((s) => s.id === sheetId);
  if (!sheet) fail(`${path}: нет листа с sheetId ${String(sheetId)}`);
  // Every request that names a sheet edits it: a protection the user may not edit refuses it.
  ss.checkEdit(sheet);
  return sheet;
}

export function applyRequest(ss: FakeSpreadsheet, request: unknown, path: string): void {
  const r = only(
    request,
    [
      'addSheet',
      'updateCells',
      'updateDimensionProperties',
      'addProtectedRange',
      'deleteSheet',
      'updateSheetProperties',
    ],
    path,
  );
  const kinds = Object.keys(r);
  if (kinds.length !== 1) fail(`${path}: в запросе должен быть ровно один вид, а не ${kinds.join(', ')}`);
  const kind = kinds[0];
  const body = r[kind];
  switch (kind) {
    case 'addSheet': {
      const { properties } = only(body, ['properties'], `${path}.addSheet`, ['properties']);
      const p = only(properties, ['sheetId', 'title', 'index', 'gridProperties'], `${path}.addSheet.properties`, [
        'sheetId',
        'title',
      ]);
      const g = only(
        p.gridProperties ?? {},
        ['rowCount', 'columnCount', 'frozenRowCount', 'frozenColumnCount'],
        `${path}.addSheet.properties.gridProperties`,
      );
      if (ss.sheets.length >= SHEET_LIMIT)
        throw new Error(`В таблице уже ${SHEET_LIMIT} листов: это предел Google Таблиц.`);
      if (ss.sheets.some((s) => s.id === p.sheetId))
        throw new Error(`Invalid requests[0].addSheet: Sheet with id ${String(p.sheetId)} already exists.`);
      if (ss.getSheetByName(String(p.title)))
        throw new Error(`Invalid requests[0].addSheet: A sheet with the name "${String(p.title)}" already exists.`);
      const sheet = new FakeSheet(ss, String(p.title), isNumber(p.sheetId, 'sheetId'));
      sheet.maxRows = g.rowCount === undefined ? NEW_ROWS : isNumber(g.rowCount, 'rowCount');
      sheet.maxColumns = g.columnCount === undefined ? NEW_COLUMNS : isNumber(g.columnCount, 'columnCount');
      ss.checkCells(sheet.maxRows * sheet.maxColumns);
      sheet.frozenRows = Number(g.frozenRowCount ?? 0);
      sheet.frozenColumns = Number(g.frozenColumnCount ?? 0);
      const index = p.index === undefined ? ss.sheets.length : isNumber(p.index, 'index');
      ss.sheets.splice(index, 0, sheet);
      return;
    }
    case 'updateCells': {
      const u = only(body, ['rows', 'fields', 'start'], `${path}.updateCells`, ['rows', 'fields', 'start']);
      if (u.fields !== CELL_FIELDS && u.fields !== LINK_CELL_FIELDS)
        fail(`${path}.updateCells.fields: маска «${String(u.fields)}» не поддержана`);
      const start = only(u.start, ['sheetId', 'rowIndex', 'columnIndex'], `${path}.updateCells.start`, ['sheetId']);
      const sheet = sheetById(ss, start.sheetId, path);
      const r0 = Number(start.rowIndex ?? 0);
      const c0 = Number(start.columnIndex ?? 0);
      const rows = u.rows as unknown[];
      const width = Math.max(0, ...rows.map((row) => ((row as { values?: unknown[] }).values ?? []).length));
      if (r0 + rows.length > sheet.maxRows || c0 + width > sheet.maxColumns) {
        throw new Error(
          `Invalid ${path}.updateCells: Range ('${sheet.name}'!${r0 + rows.length}) exceeds grid limits. Max rows: ${sheet.maxRows}, max columns: ${sheet.maxColumns}`,
        );
      }
      rows.forEach((row, i) => {
        const { values } = only(row, ['values'], `${path}.rows[${i}]`);
        ((values ?? []) as unknown[]).forEach((cell, j) =>
          writeCell(
            sheet.ensure(r0 + i + 1, c0 + j + 1),
            cell,
            `${path}.rows[${i}].values[${j}]`,
            u.fields === LINK_CELL_FIELDS,
          ),
        );
      });
      return;
    }
    case 'updateDimensionProperties': {
      const u = only(body, ['range', 'properties', 'fields'], `${path}.updateDimensionProperties`, [
        'range',
        'properties',
        'fields',
      ]);
      if (u.fields !== 'pixelSize') fail(`${path}: fields «${String(u.fields)}»`);
      const range = only(u.range, ['sheetId', 'dimension', 'startIndex', 'endIndex'], `${path}.range`, [
        'sheetId',
        'dimension',
        'startIndex',
        'endIndex',
      ]);
      if (range.dimension !== 'COLUMNS') fail(`${path}: dimension ${String(range.dimension)}`);
      const { pixelSize } = only(u.properties, ['pixelSize'], `${path}.properties`, ['pixelSize']);
      const sheet = sheetById(ss, range.sheetId, path);
      for (let c = isNumber(range.startIndex, 'startIndex'); c < isNumber(range.endIndex, 'endIndex'); c++)
        sheet.widths.set(c + 1, isNumber(pixelSize, 'pixelSize'));
      return;
    }
    case 'addProtectedRange': {
      const { protectedRange } = only(body, ['protectedRange'], `${path}.addProtectedRange`, ['protectedRange']);
      const p = only(protectedRange, ['range', 'description', 'warningOnly', 'editors'], `${path}.protectedRange`, [
        'range',
      ]);
      const range = only(p.range, ['sheetId'], `${path}.protectedRange.range`, ['sheetId']);
      const editors = only(p.editors ?? {}, ['users', 'domainUsersCanEdit'], `${path}.protectedRange.editors`);
      if (p.warningOnly === true && (editors.users as unknown[] | undefined)?.length)
        fail(`${path}: editors with warningOnly`);
      const sheet = sheetById(ss, range.sheetId, path);
      const protection = new FakeProtection(sheet);
      protection.description = String(p.description ?? '');
      // The owner may always edit; the user sending the request only if listed.
      protection.editors = new Set([ss.owner, ...((editors.users ?? []) as string[])]);
      protection.domainEdit = editors.domainUsersCanEdit === true;
      sheet.protections.push(protection);
      return;
    }
    case 'deleteSheet': {
      const { sheetId } = only(body, ['sheetId'], `${path}.deleteSheet`, ['sheetId']);
      const sheet = sheetById(ss, sheetId, path);
      if (ss.sheets.length === 1) throw new Error('Нельзя удалить единственный лист.');
      ss.sheets.splice(ss.sheets.indexOf(sheet), 1);
      return;
    }
    case 'updateSheetProperties': {
      const u = only(body, ['properties', 'fields'], `${path}.updateSheetProperties`, ['properties', 'fields']);
      if (u.fields !== 'title') fail(`${path}: fields «${String(u.fields)}»`);
      const p = only(u.properties, ['sheetId', 'title'], `${path}.properties`, ['sheetId', 'title']);
      sheetById(ss, p.sheetId, path).setName(String(p.title));
      return;
    }
  }
}

/** `linkOnly` — the mask names only the value and the link: the cell's other fields stay. */
function writeCell(cell: Cell, data: unknown, path: string, linkOnly = false): void {
  const d = only(data, ['userEnteredValue', 'userEnteredFormat', 'note'], path);
  const f = only(
    d.userEnteredFormat ?? {},
    ['numberFormat', 'backgroundColor', 'textFormat'],
    `${path}.userEnteredFormat`,
  );
  const nf = only(f.numberFormat ?? {}, ['type', 'pattern'], `${path}.numberFormat`);
  const tf = only(f.textFormat ?? {}, ['bold', 'link'], `${path}.textFormat`);
  const link = tf.link === undefined ? undefined : only(tf.link, ['uri'], `${path}.textFormat.link`, ['uri']);
  const value =
    d.userEnteredValue === undefined
      ? undefined
      : only(
          d.userEnteredValue,
          ['stringValue', 'numberValue', 'formulaValue', 'boolValue'],
          `${path}.userEnteredValue`,
        );
  if (value && Object.keys(value).length !== 1) fail(`${path}.userEnteredValue: ровно одно значение`);
  if (typeof value?.stringValue === 'string' && value.stringValue.length > CELL_CHARS) throw new Error(TOO_LONG);
  // The mask names every field: what a cell leaves out is cleared.
  cell.formula = undefined;
  cell.value = '';
  if (value?.stringValue !== undefined)
    cell.value = String(value.stringValue); // literally: never a formula or a number
  else if (value?.formulaValue !== undefined) Object.assign(cell, enteredValue(String(value.formulaValue)));
  else if (value?.boolValue !== undefined) cell.value = value.boolValue === true;
  else if (value?.numberValue !== undefined) {
    const n = isNumber(value.numberValue, `${path}.numberValue`);
    cell.value = nf.type === 'DATE' ? new Date(EPOCH + n * DAY - MOSCOW_MS) : n;
  }
  cell.link = link === undefined ? undefined : String(link.uri);
  if (linkOnly) return;
  cell.format = nf.pattern === undefined ? undefined : String(nf.pattern);
  cell.background =
    f.backgroundColor === undefined
      ? undefined
      : hex(only(f.backgroundColor, ['red', 'green', 'blue'], `${path}.backgroundColor`));
  cell.weight = tf.bold === true ? 'bold' : 'normal';
  cell.note = d.note === undefined ? '' : String(d.note);
}
