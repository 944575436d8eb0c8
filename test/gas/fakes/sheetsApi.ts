// In-memory Advanced Sheets service (Sheets API v4) over the same fake spreadsheets: only the requests and field
// masks the add-on is meant to send are accepted — anything else throws, so a wrong payload cannot pass unnoticed.
import type { Call, Located } from './recorder';
import type { Session } from './access';
import { validateCall } from './discovery';
import { CELL_CHARS, enteredValue, NEW_COLUMNS, NEW_ROWS, SHEET_LIMIT, TOO_LONG, type Cell } from './grid';
import { FakeSheet } from './sheet';
import { FakeProtection } from './sheetParts';
import type { FakeSpreadsheet } from './spreadsheet';

type Json = Record<string, unknown>;

/** The two masks of spreadsheets.get the add-on may ask for, spelled here on purpose (not imported). */
export const FAKE_META_FIELDS = 'sheets(properties(sheetId,title,index),protectedRanges(description,editors.users))';
export const FAKE_META_VALUE_FIELDS = 'sheets(properties(sheetId,title,index),protectedRanges(description,editors.users),data.rowData.values.effectiveValue)';
export const FAKE_VALUE_FIELDS = 'sheets(properties.title,data.rowData.values.effectiveValue)';
export const FAKE_TYPE_FIELDS = 'sheets(properties.title,data.rowData.values.effectiveFormat.numberFormat.type)';
/** «Диагностика» reads a cell's link back. */
export const FAKE_LINK_FIELDS = 'sheets(properties.title,data.rowData.values.hyperlink)';
/** «Диагностика» writes a value with a link and nothing else. */
const LINK_CELL_FIELDS = 'userEnteredValue,userEnteredFormat.textFormat.link';
const CELL_FIELDS = 'userEnteredValue,userEnteredFormat.numberFormat,userEnteredFormat.backgroundColor,userEnteredFormat.textFormat.bold,userEnteredFormat.textFormat.link,note';

const MOSCOW_MS = 3 * 3600 * 1000;
const EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;

function fail(message: string): never {
  throw new Error(`Invalid JSON payload received. ${message}`);
}

/** An object with only these keys (each optional unless listed in `required`). */
function only(x: unknown, keys: readonly string[], path: string, required: readonly string[] = []): Json {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) fail(`${path}: ожидался объект`);
  const o = x as Json;
  for (const k of Object.keys(o)) if (!keys.includes(k)) fail(`Unknown name "${k}" at '${path}': Cannot find field.`);
  for (const k of required) if (o[k] === undefined) fail(`${path}.${k}: обязательное поле`);
  return o;
}

const isNumber = (x: unknown, path: string): number => (typeof x === 'number' && Number.isFinite(x) ? x : fail(`${path}: ожидалось число`));

/** Sheets' serial day of the calendar date a fake cell's Date shows (dates are stored as midnight in Moscow). */
function serialOf(d: Date): number {
  const local = new Date(d.getTime() + MOSCOW_MS);
  return Math.round((Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()) - EPOCH) / DAY);
}

function formatType(cell: Cell): string | undefined {
  if (cell.value instanceof Date || (typeof cell.value === 'object' && cell.value !== null)) return 'DATE';
  const f = cell.format;
  if (f === undefined) return undefined;
  if (f === '@') return 'TEXT';
  if (/%/.test(f)) return 'PERCENT';
  if (/[dmy]/i.test(f)) return 'DATE';
  return 'NUMBER';
}

/** A fake cell's value as the API returns it (`{}` for a cell that holds nothing but a format). */
function valueCell(cell: Cell): Json {
  const v = cell.value;
  if (v instanceof Date || (typeof v === 'object' && v !== null && typeof (v as Date).getTime === 'function')) return { effectiveValue: { numberValue: serialOf(v as Date) } };
  if (typeof v === 'number') return { effectiveValue: { numberValue: v } };
  if (typeof v === 'boolean') return { effectiveValue: { boolValue: v } };
  if (typeof v === 'string' && v !== '') return { effectiveValue: { stringValue: v } };
  return {};
}

function typeCell(cell: Cell | undefined): Json {
  const type = cell ? formatType(cell) : undefined;
  return type ? { effectiveFormat: { numberFormat: { type } } } : {};
}

function linkCell(cell: Cell | undefined): Json {
  return cell?.link ? { hyperlink: cell.link } : {};
}

function hex(color: Json): string {
  const c = (k: string) => Math.round(isNumber(color[k] ?? 0, `color.${k}`) * 255).toString(16).padStart(2, '0');
  return `#${c('red')}${c('green')}${c('blue')}`;
}

/** A range as the add-on sends it: a quoted sheet name, alone or with a block from A1 (`'Педагоги'!A1:M57`). */
function parseRange(range: unknown): { sheet: string; rows?: number; columns?: number } {
  const m = typeof range === 'string' ? /^'((?:[^']|'')*)'(?:!A1:([A-Z]+)(\d+))?$/.exec(range) : null;
  if (!m) fail(`Unable to parse range: ${String(range)}`);
  const sheet = m[1].replace(/''/g, "'");
  if (m[2] === undefined) return { sheet };
  let columns = 0;
  for (const ch of m[2]) columns = columns * 26 + ch.charCodeAt(0) - 64;
  return { sheet, rows: Number(m[3]), columns };
}

export class FakeSheetsSpreadsheets implements Located {
  readonly fakeName = 'Sheets.Spreadsheets';
  constructor(private readonly files: ReadonlyMap<string, FakeSpreadsheet>, private readonly denied: ReadonlySet<string>, private readonly session: Session) {}
  where() {
    return {};
  }
  /** For the record: which file a call touched and what it was (a listing, a read, a batch). */
  describe(method: string, args: unknown[]): Partial<Call> {
    const id = String(method === 'batchUpdate' ? args[1] : args[0]);
    const opts = (args[1] ?? {}) as { fields?: string; ranges?: string[] };
    const detail = method === 'batchUpdate' ? 'batch' : opts.fields === FAKE_META_FIELDS || opts.fields === FAKE_META_VALUE_FIELDS ? 'meta' : 'grid';
    // A read names its first sheet (several are read together).
    const sheet = detail === 'grid' && opts.ranges?.length ? parseRange(opts.ranges[0]).sheet : undefined;
    return { file: id, detail, ...(sheet ? { sheet } : {}) };
  }

  /** How many calls Google refuses for the per-minute quota, once `quotaAfter` calls have been served. */
  quotaRefusals = 0;
  quotaAfter = 0;
  private served = 0;

  /** Worst case: every call is refused this many times in a row before Google serves it. */
  quotaEachCall = 0;
  private streak = 0;

  private book(id: string): FakeSpreadsheet {
    if (this.quotaEachCall > 0) {
      if (this.streak < this.quotaEachCall) {
        this.streak++;
        throw new Error("Quota exceeded for quota metric 'Read requests' and limit 'Read requests per minute per user' of service 'sheets.googleapis.com' (429)");
      }
      this.streak = 0;
    }
    if (this.served++ >= this.quotaAfter && this.quotaRefusals > 0) {
      this.quotaRefusals--;
      throw new Error("Quota exceeded for quota metric 'Read requests' and limit 'Read requests per minute per user' of service 'sheets.googleapis.com' (429)");
    }
    const ss = this.files.get(id);
    if (!ss) throw new Error('Requested entity was not found.');
    if (this.denied.has(id) || !ss.editors.has(this.session.user)) throw new Error('The caller does not have permission');
    return ss;
  }

  /** The trace's hook: each call exactly as sent. */
  onCall?: (entry: { method: string; spreadsheetId: string; resource: unknown; optionalArgs: unknown }) => void;

  get(id: string, optionalArgs: unknown) {
    this.onCall?.({ method: 'get', spreadsheetId: id, resource: null, optionalArgs: optionalArgs ?? null });
    validateCall('get', undefined, optionalArgs);
    const ss = this.book(id);
    const opts = only(optionalArgs, ['fields', 'ranges'], 'get', ['fields']);
    const list = (s: FakeSheet, index: number) => ({
      sheetId: s.id, title: s.name, index,
    });
    // `editors` is shown only to users who may edit the protected range (Sheets API reference, ProtectedRange).
    const protections = (s: FakeSheet) => (s.protections.length > 0 ? { protectedRanges: s.protections.map((p) => ({ description: p.description, ...(p.canEdit() ? { editors: { users: [...p.editors] } } : {}) })) } : {});
    const values = (s: FakeSheet) => [{ rowData: s.cells.map((row) => ({ values: row.map(valueCell) })) }];
    if (opts.fields === FAKE_META_FIELDS || opts.fields === FAKE_META_VALUE_FIELDS) {
      if (opts.ranges !== undefined) fail('ranges: не нужны для списка листов');
      const withValues = opts.fields === FAKE_META_VALUE_FIELDS;
      return { sheets: ss.sheets.map((s, i) => ({ properties: list(s, i), ...protections(s), ...(withValues ? { data: values(s) } : {}) })) };
    }
    const block = opts.fields === FAKE_TYPE_FIELDS || opts.fields === FAKE_LINK_FIELDS;
    if (opts.fields !== FAKE_VALUE_FIELDS && !block) fail(`fields: маска «${String(opts.fields)}» не поддержана`);
    if (!Array.isArray(opts.ranges) || opts.ranges.length === 0) fail('ranges: без диапазонов пришли бы все листы');
    const ranges = opts.ranges.map(parseRange);
    for (const r of ranges) {
      if (!ss.getSheetByName(r.sheet)) fail(`Unable to parse range: '${r.sheet}'`);
      if ((r.rows === undefined) === block) fail(`ranges: значения — листами целиком, типы — блоком от A1 (${r.sheet})`);
    }
    if (ss.failReads) throw new Error('Service Spreadsheets failed while accessing document.');
    const wanted = new Map(ranges.map((r) => [r.sheet, r]));
    return {
      sheets: ss.sheets.filter((s) => wanted.has(s.name)).map((s) => {
        const r = wanted.get(s.name) as { rows?: number; columns?: number };
        const data = r.rows === undefined ? values(s)
          : [{ rowData: Array.from({ length: r.rows }, (_, i) => ({ values: Array.from({ length: r.columns ?? 0 }, (_, j) => (opts.fields === FAKE_LINK_FIELDS ? linkCell(s.cell(i + 1, j + 1)) : typeCell(s.cell(i + 1, j + 1)))) })) }];
        return { properties: { title: s.name }, data };
      }),
    };
  }

  /** Applied in order, all or nothing (the sheet list is restored if a request fails), as Sheets does. */
  batchUpdate(resource: unknown, id: string, optionalArgs?: unknown) {
    this.onCall?.({ method: 'batchUpdate', spreadsheetId: id, resource, optionalArgs: optionalArgs ?? null });
    validateCall('batchUpdate', resource, optionalArgs);
    const ss = this.book(id);
    if (ss.viewOnly) throw new Error('The caller does not have permission');
    ss.checkEdit();
    const { requests } = only(resource, ['requests'], 'batchUpdate', ['requests']);
    if (!Array.isArray(requests)) fail('requests: ожидался список');
    const saved = ss.sheets.map((s) => ({
      sheet: s, name: s.name, cells: s.cells.map((r) => r.map((c) => ({ ...c }))), protections: [...s.protections], widths: new Map(s.widths),
    }));
    try {
      requests.forEach((r, i) => this.apply(ss, r, `requests[${i}]`));
    } catch (e) {
      ss.sheets = saved.map((s) => s.sheet);
      for (const s of saved) Object.assign(s.sheet, { name: s.name, cells: s.cells, protections: s.protections, widths: s.widths });
      throw e;
    }
    return { spreadsheetId: id, replies: requests.map(() => ({})) };
  }

  private sheetById(ss: FakeSpreadsheet, sheetId: unknown, path: string): FakeSheet {
    const sheet = ss.sheets.find((s) => s.id === sheetId);
    if (!sheet) fail(`${path}: нет листа с sheetId ${String(sheetId)}`);
    // Every request that names a sheet edits it: a protection the user may not edit refuses it.
    ss.checkEdit(sheet);
    return sheet;
  }

  private apply(ss: FakeSpreadsheet, request: unknown, path: string): void {
    const r = only(request, ['addSheet', 'updateCells', 'updateDimensionProperties', 'addProtectedRange', 'deleteSheet', 'updateSheetProperties'], path);
    const kinds = Object.keys(r);
    if (kinds.length !== 1) fail(`${path}: в запросе должен быть ровно один вид, а не ${kinds.join(', ')}`);
    const kind = kinds[0];
    const body = r[kind];
    switch (kind) {
      case 'addSheet': {
        const { properties } = only(body, ['properties'], `${path}.addSheet`, ['properties']);
        const p = only(properties, ['sheetId', 'title', 'index', 'gridProperties'], `${path}.addSheet.properties`, ['sheetId', 'title']);
        const g = only(p.gridProperties ?? {}, ['rowCount', 'columnCount', 'frozenRowCount', 'frozenColumnCount'], `${path}.addSheet.properties.gridProperties`);
        if (ss.sheets.length >= SHEET_LIMIT) throw new Error(`В таблице уже ${SHEET_LIMIT} листов: это предел Google Таблиц.`);
        if (ss.sheets.some((s) => s.id === p.sheetId)) throw new Error(`Invalid requests[0].addSheet: Sheet with id ${String(p.sheetId)} already exists.`);
        if (ss.getSheetByName(String(p.title))) throw new Error(`Invalid requests[0].addSheet: A sheet with the name "${String(p.title)}" already exists.`);
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
        if (u.fields !== CELL_FIELDS && u.fields !== LINK_CELL_FIELDS) fail(`${path}.updateCells.fields: маска «${String(u.fields)}» не поддержана`);
        const start = only(u.start, ['sheetId', 'rowIndex', 'columnIndex'], `${path}.updateCells.start`, ['sheetId']);
        const sheet = this.sheetById(ss, start.sheetId, path);
        const r0 = Number(start.rowIndex ?? 0);
        const c0 = Number(start.columnIndex ?? 0);
        const rows = u.rows as unknown[];
        const width = Math.max(0, ...rows.map((row) => ((row as { values?: unknown[] }).values ?? []).length));
        if (r0 + rows.length > sheet.maxRows || c0 + width > sheet.maxColumns) {
          throw new Error(`Invalid ${path}.updateCells: Range ('${sheet.name}'!${r0 + rows.length}) exceeds grid limits. Max rows: ${sheet.maxRows}, max columns: ${sheet.maxColumns}`);
        }
        rows.forEach((row, i) => {
          const { values } = only(row, ['values'], `${path}.rows[${i}]`);
          ((values ?? []) as unknown[]).forEach((cell, j) => this.writeCell(sheet.ensure(r0 + i + 1, c0 + j + 1), cell, `${path}.rows[${i}].values[${j}]`, u.fields === LINK_CELL_FIELDS));
        });
        return;
      }
      case 'updateDimensionProperties': {
        const u = only(body, ['range', 'properties', 'fields'], `${path}.updateDimensionProperties`, ['range', 'properties', 'fields']);
        if (u.fields !== 'pixelSize') fail(`${path}: fields «${String(u.fields)}»`);
        const range = only(u.range, ['sheetId', 'dimension', 'startIndex', 'endIndex'], `${path}.range`, ['sheetId', 'dimension', 'startIndex', 'endIndex']);
        if (range.dimension !== 'COLUMNS') fail(`${path}: dimension ${String(range.dimension)}`);
        const { pixelSize } = only(u.properties, ['pixelSize'], `${path}.properties`, ['pixelSize']);
        const sheet = this.sheetById(ss, range.sheetId, path);
        for (let c = isNumber(range.startIndex, 'startIndex'); c < isNumber(range.endIndex, 'endIndex'); c++) sheet.widths.set(c + 1, isNumber(pixelSize, 'pixelSize'));
        return;
      }
      case 'addProtectedRange': {
        const { protectedRange } = only(body, ['protectedRange'], `${path}.addProtectedRange`, ['protectedRange']);
        const p = only(protectedRange, ['range', 'description', 'warningOnly', 'editors'], `${path}.protectedRange`, ['range']);
        const range = only(p.range, ['sheetId'], `${path}.protectedRange.range`, ['sheetId']);
        const editors = only(p.editors ?? {}, ['users', 'domainUsersCanEdit'], `${path}.protectedRange.editors`);
        if (p.warningOnly === true && (editors.users as unknown[] | undefined)?.length) fail(`${path}: editors with warningOnly`);
        const sheet = this.sheetById(ss, range.sheetId, path);
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
        const sheet = this.sheetById(ss, sheetId, path);
        if (ss.sheets.length === 1) throw new Error('Нельзя удалить единственный лист.');
        ss.sheets.splice(ss.sheets.indexOf(sheet), 1);
        return;
      }
      case 'updateSheetProperties': {
        const u = only(body, ['properties', 'fields'], `${path}.updateSheetProperties`, ['properties', 'fields']);
        if (u.fields !== 'title') fail(`${path}: fields «${String(u.fields)}»`);
        const p = only(u.properties, ['sheetId', 'title'], `${path}.properties`, ['sheetId', 'title']);
        this.sheetById(ss, p.sheetId, path).setName(String(p.title));
        return;
      }
    }
  }

  /** `linkOnly` — the mask names only the value and the link: the cell's other fields stay. */
  private writeCell(cell: Cell, data: unknown, path: string, linkOnly = false): void {
    const d = only(data, ['userEnteredValue', 'userEnteredFormat', 'note'], path);
    const f = only(d.userEnteredFormat ?? {}, ['numberFormat', 'backgroundColor', 'textFormat'], `${path}.userEnteredFormat`);
    const nf = only(f.numberFormat ?? {}, ['type', 'pattern'], `${path}.numberFormat`);
    const tf = only(f.textFormat ?? {}, ['bold', 'link'], `${path}.textFormat`);
    const link = tf.link === undefined ? undefined : only(tf.link, ['uri'], `${path}.textFormat.link`, ['uri']);
    const value = d.userEnteredValue === undefined ? undefined : only(d.userEnteredValue, ['stringValue', 'numberValue', 'formulaValue', 'boolValue'], `${path}.userEnteredValue`);
    if (value && Object.keys(value).length !== 1) fail(`${path}.userEnteredValue: ровно одно значение`);
    if (typeof value?.stringValue === 'string' && value.stringValue.length > CELL_CHARS) throw new Error(TOO_LONG);
    // The mask names every field: what a cell leaves out is cleared.
    cell.formula = undefined;
    cell.value = '';
    if (value?.stringValue !== undefined) cell.value = String(value.stringValue); // literally: never a formula or a number
    else if (value?.formulaValue !== undefined) Object.assign(cell, enteredValue(String(value.formulaValue)));
    else if (value?.boolValue !== undefined) cell.value = value.boolValue === true;
    else if (value?.numberValue !== undefined) {
      const n = isNumber(value.numberValue, `${path}.numberValue`);
      cell.value = nf.type === 'DATE' ? new Date(EPOCH + n * DAY - MOSCOW_MS) : n;
    }
    cell.link = link === undefined ? undefined : String(link.uri);
    if (linkOnly) return;
    cell.format = nf.pattern === undefined ? undefined : String(nf.pattern);
    cell.background = f.backgroundColor === undefined ? undefined : hex(only(f.backgroundColor, ['red', 'green', 'blue'], `${path}.backgroundColor`));
    cell.weight = tf.bold === true ? 'bold' : 'normal';
    cell.note = d.note === undefined ? '' : String(d.note);
  }
}
