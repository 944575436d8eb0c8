// In-memory Advanced Sheets service (Sheets API v4) over the same fake spreadsheets: only the requests and field
// masks the add-on is meant to send are accepted — anything else throws, so a wrong payload cannot pass unnoticed.
import type { Call, Located } from './recorder';
import type { Session } from './access';
import { validateCall } from './discovery';
import { applyRequest, DAY, EPOCH, fail, MOSCOW_MS, only, type Json } from './sheetsApiRequests';
import type { Cell } from './grid';
import type { FakeSheet } from './sheet';
import type { FakeSpreadsheet } from './spreadsheet';

/** The two masks of spreadsheets.get the add-on may ask for, spelled here on purpose (not imported). */
export const FAKE_META_FIELDS = 'sheets(properties(sheetId,title,index),protectedRanges(description,editors.users))';
export const FAKE_META_VALUE_FIELDS =
  'sheets(properties(sheetId,title,index),protectedRanges(description,editors.users),data.rowData.values.effectiveValue)';
export const FAKE_VALUE_FIELDS = 'sheets(properties.title,data.rowData.values.effectiveValue)';
export const FAKE_TYPE_FIELDS = 'sheets(properties.title,data.rowData.values.effectiveFormat.numberFormat.type)';
/** «Диагностика» reads a cell's link back. */
export const FAKE_LINK_FIELDS = 'sheets(properties.title,data.rowData.values.hyperlink)';

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
  if (v instanceof Date || (typeof v === 'object' && v !== null && typeof (v as Date).getTime === 'function'))
    return { effectiveValue: { numberValue: serialOf(v as Date) } };
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
  constructor(
    private readonly files: ReadonlyMap<string, FakeSpreadsheet>,
    private readonly denied: ReadonlySet<string>,
    private readonly session: Session,
  ) {}
  where() {
    return {};
  }
  /** For the record: which file a call touched and what it was (a listing, a read, a batch). */
  describe(method: string, args: unknown[]): Partial<Call> {
    const id = String(method === 'batchUpdate' ? args[1] : args[0]);
    const opts = (args[1] ?? {}) as { fields?: string; ranges?: string[] };
    const detail =
      method === 'batchUpdate'
        ? 'batch'
        : opts.fields === FAKE_META_FIELDS || opts.fields === FAKE_META_VALUE_FIELDS
          ? 'meta'
          : 'grid';
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
        throw new Error(
          "Quota exceeded for quota metric 'Read requests' and limit 'Read requests per minute per user' of service 'sheets.googleapis.com' (429)",
        );
      }
      this.streak = 0;
    }
    if (this.served++ >= this.quotaAfter && this.quotaRefusals > 0) {
      this.quotaRefusals--;
      throw new Error(
        "Quota exceeded for quota metric 'Read requests' and limit 'Read requests per minute per user' of service 'sheets.googleapis.com' (429)",
      );
    }
    const ss = this.files.get(id);
    if (!ss) throw new Error('Requested entity was not found.');
    if (this.denied.has(id) || !ss.editors.has(this.session.user))
      throw new Error('The caller does not have permission');
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
      sheetId: s.id,
      title: s.name,
      index,
    });
    // `editors` is shown only to users who may edit the protected range (Sheets API reference, ProtectedRange).
    const protections = (s: FakeSheet) =>
      s.protections.length > 0
        ? {
            protectedRanges: s.protections.map((p) => ({
              description: p.description,
              ...(p.canEdit() ? { editors: { users: [...p.editors] } } : {}),
            })),
          }
        : {};
    const values = (s: FakeSheet) => [{ rowData: s.cells.map((row) => ({ values: row.map(valueCell) })) }];
    if (opts.fields === FAKE_META_FIELDS || opts.fields === FAKE_META_VALUE_FIELDS) {
      if (opts.ranges !== undefined) fail('ranges: не нужны для списка листов');
      const withValues = opts.fields === FAKE_META_VALUE_FIELDS;
      return {
        sheets: ss.sheets.map((s, i) => ({
          properties: list(s, i),
          ...protections(s),
          ...(withValues ? { data: values(s) } : {}),
        })),
      };
    }
    const block = opts.fields === FAKE_TYPE_FIELDS || opts.fields === FAKE_LINK_FIELDS;
    if (opts.fields !== FAKE_VALUE_FIELDS && !block) fail(`fields: маска «${String(opts.fields)}» не поддержана`);
    if (!Array.isArray(opts.ranges) || opts.ranges.length === 0) fail('ranges: без диапазонов пришли бы все листы');
    const ranges = opts.ranges.map(parseRange);
    for (const r of ranges) {
      if (!ss.getSheetByName(r.sheet)) fail(`Unable to parse range: '${r.sheet}'`);
      if ((r.rows === undefined) === block)
        fail(`ranges: значения — листами целиком, типы — блоком от A1 (${r.sheet})`);
    }
    if (ss.failReads) throw new Error('Service Spreadsheets failed while accessing document.');
    const wanted = new Map(ranges.map((r) => [r.sheet, r]));
    return {
      sheets: ss.sheets
        .filter((s) => wanted.has(s.name))
        .map((s) => {
          const r = wanted.get(s.name) as { rows?: number; columns?: number };
          const data =
            r.rows === undefined
              ? values(s)
              : [
                  {
                    rowData: Array.from({ length: r.rows }, (_, i) => ({
                      values: Array.from({ length: r.columns ?? 0 }, (_, j) =>
                        opts.fields === FAKE_LINK_FIELDS
                          ? linkCell(s.cell(i + 1, j + 1))
                          : typeCell(s.cell(i + 1, j + 1)),
                      ),
                    })),
                  },
                ];
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
      sheet: s,
      name: s.name,
      cells: s.cells.map((r) => r.map((c) => ({ ...c }))),
      protections: [...s.protections],
      widths: new Map(s.widths),
    }));
    try {
      requests.forEach((r, i) => applyRequest(ss, r, `requests[${i}]`));
    } catch (e) {
      ss.sheets = saved.map((s) => s.sheet);
      for (const s of saved)
        Object.assign(s.sheet, { name: s.name, cells: s.cells, protections: s.protections, widths: s.widths });
      throw e;
    }
    return { spreadsheetId: id, replies: requests.map(() => ({})) };
  }
}
