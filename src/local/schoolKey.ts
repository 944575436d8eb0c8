// The school's own key «код → ФИО» (152-ФЗ): written and read only on the school's computer, never uploaded.
import { cellText, type Grid } from '../core/cells';
import { SHEET_NAMES } from '../core/catalogue/sheets';
import { TEACHER_IDS } from '../core/catalogue/teacherIds';
import { DataError } from '../core/errors';
import { PLAN_HEADER, PLAN_TEACHER_COLUMN } from '../core/layout/planSheet';
import type { SheetData } from '../core/table';
import { matchKey, teacherKey } from '../core/text';
import { newWorkbook } from './xlsxWrite';

export const KEY_SHEET = 'Ключ';
export const KEY_HEADER = [TEACHER_IDS.code.header, TEACHER_IDS.name.header, 'Примечание'] as const;
/** Where the per-school template puts each school's key: a folder whose name says what not to do with it. */
export const KEY_FOLDER = 'ключи ОО — не пересылать';
export const keyFileName = (code: string) => `ОО ${code} — ключ.xlsx`;

const KEY_ROWS = 500;
const KEY_NOTE =
  'Ключ школы «код → ФИО». Храните этот файл только на компьютере школы: не пересылайте его в район, '
  + 'не загружайте в Google Таблицы и облачные диски. В таблицу района вносится только код. Вернуть ФИО в «План ПК» '
  + 'или в письмо с замечаниями: pedmonitor names --key этот-файл --input … --out …';

/** An empty key: codes typed as text (a leading zero stays), one note that says where the file must stay. */
export async function schoolKeyWorkbook(): Promise<Uint8Array> {
  const wb = newWorkbook();
  const ws = wb.addWorksheet(KEY_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = [{ width: 18 }, { width: 40 }, { width: 40 }];
  KEY_HEADER.forEach((h, i) => {
    const cell = ws.getCell(1, i + 1);
    cell.value = h;
    cell.font = { bold: true };
    if (i === 0) cell.note = KEY_NOTE;
  });
  for (let r = 2; r <= KEY_ROWS; r++) ws.getCell(r, 1).numFmt = '@';
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** code (as the roster keys it) → ФИО. */
export type SchoolKey = ReadonlyMap<string, string>;

/** `007` and 7 are one табельный номер: a spreadsheet drops the zeros of a number (as the roster does). */
function codeKey(text: string): string {
  const key = teacherKey(text);
  return /^\d+$/.test(key) ? key.replace(/^0+(?=\d)/, '') : key;
}

function columnOf(header: readonly unknown[], names: readonly string[]): number {
  const wanted = names.map(matchKey);
  return header.findIndex((h) => wanted.includes(matchKey(cellText(h as never))));
}

/** Reads the key from its sheets: the sheet «Ключ» (or the first with both columns), codes and names as typed. */
export function readSchoolKey(sheets: readonly SheetData[], file: string): SchoolKey {
  const codeNames = [TEACHER_IDS.code.header, ...TEACHER_IDS.code.aliases, 'Код'];
  const ordered = [...sheets].sort((a, b) => Number(b.name === KEY_SHEET) - Number(a.name === KEY_SHEET));
  for (const s of ordered) {
    const header = s.values[0] ?? [];
    const code = columnOf(header, codeNames);
    const name = columnOf(header, [TEACHER_IDS.name.header]);
    if (code < 0 || name < 0) continue;
    const key = new Map<string, string>();
    for (const row of s.values.slice(1)) {
      const c = cellText(row[code]).trim();
      const n = cellText(row[name]).trim();
      if (c !== '' && n !== '') key.set(codeKey(c), n);
    }
    if (key.size === 0)
      throw new DataError(`В ключе «${file}» нет ни одной пары «код — ФИО»: заполните лист «${KEY_SHEET}».`);
    return key;
  }
  throw new DataError(
    `«${file}» — не ключ школы: нет листа со столбцами «${TEACHER_IDS.code.header}» и «${TEACHER_IDS.name.header}».`,
  );
}

export interface RestoredPlan {
  grid: Grid;
  named: number;
  unknown: number;
}

/**
 * «План ПК» of the district with a column «ФИО» after the code, for the school's own rows only: codes repeat from
 * school to school, so another school's «0123» is not this school's teacher.
 */
export function restorePlan(
  sheets: readonly SheetData[],
  key: SchoolKey,
  school: string | undefined,
  file: string,
): RestoredPlan {
  const plan = sheets.find((s) => matchKey(s.name) === matchKey(SHEET_NAMES.coursePlan));
  if (!plan) throw new DataError(`В файле «${file}» нет листа «${SHEET_NAMES.coursePlan}».`);
  const [header = [], ...rows] = plan.values;
  const codes = new Set(rows.map((r) => cellText(r[0]).trim()).filter((c) => c !== ''));
  if (school === undefined && codes.size > 1) {
    throw new DataError(
      `В «${SHEET_NAMES.coursePlan}» строки ${codes.size} ОО: укажите свою ОО параметром --school `
        + `(коды: ${[...codes].slice(0, 10).join(', ')}${codes.size > 10 ? ', …' : ''}).`,
    );
  }
  const own = rows.filter((r) => school === undefined || matchKey(cellText(r[0])) === matchKey(school));
  if (own.length === 0) throw new DataError(`В «${SHEET_NAMES.coursePlan}» нет строк ОО «${school}».`);
  const at = PLAN_TEACHER_COLUMN;
  let named = 0;
  const out = own.map((r) => {
    const name = key.get(codeKey(cellText(r[at])));
    if (name !== undefined) named++;
    return [...r.slice(0, at + 1), name ?? 'нет в ключе', ...r.slice(at + 1)];
  });
  const head = header.length > 0 ? header : PLAN_HEADER;
  const withNames = [...head.slice(0, at + 1), TEACHER_IDS.name.header, ...head.slice(at + 1)];
  return { grid: [withNames, ...out], named, unknown: own.length - named };
}

/** A letter's text with «код» → «код — ФИО»: only quoted codes, so a row number or a date is never taken for one. */
export function restoreText(text: string, key: SchoolKey): { text: string; named: number } {
  let named = 0;
  const restored = text.replace(/«([^«»\n]{1,40})»/g, (whole, inner: string) => {
    const name = key.get(codeKey(inner));
    if (name === undefined) return whole;
    named++;
    return `«${inner} — ${name}»`;
  });
  return { text: restored, named };
}
