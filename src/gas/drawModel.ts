// Draws a neutral SheetModel (Сводная, Ошибки, …) on a sheet: one call per kind of content, never one per cell.
import type { CellFormat, CellLink, CellTone, ModelCell, SheetModel } from '../core/layout/model';
import { HEADER_BACKGROUND, setWidths } from './drawTemplate';
import { asText, hyperlink, isoToDate } from './values';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const TONE_BACKGROUND: Record<CellTone, string> = {
  'below-target': '#f4cccc',
  error: '#f4c7c3',
  warning: '#fce8b2',
  total: '#e8eaed',
  muted: '#f3f3f3',
  target: '#d9ead3',
};

export const NUMBER_FORMAT: Record<CellFormat, string> = {
  text: '@',
  integer: '0',
  percent: '0.0%',
  decimal: '0.0',
  date: 'dd.mm.yyyy',
};

/** Cells without a format hold text (written with a leading apostrophe) or nothing: plain text suits both. */
const AUTOMATIC = NUMBER_FORMAT.text;

export interface DrawnGrids {
  values: unknown[][];
  formats: string[][];
  backgrounds: (string | null)[][];
  weights: ('bold' | 'normal')[][];
  notes: string[][];
}

function cellValue(cell: ModelCell, link: (l: CellLink) => string | null): unknown {
  if (cell.value === null) return '';
  if (cell.link && typeof cell.value === 'string') {
    const url = link(cell.link);
    if (url !== null) return hyperlink(url, cell.value);
  }
  if (typeof cell.value === 'number') return cell.value;
  if (cell.format === 'date') return isoToDate(cell.value);
  return asText(cell.value);
}

/** Every grid the sheet needs, as plain arrays (pure, so it is tested without Sheets). */
export function modelGrids(model: SheetModel, link: (l: CellLink) => string | null): DrawnGrids {
  const width = Math.max(...model.header.map((h) => h.length), ...model.rows.map((r) => r.length), 1);
  const grids: DrawnGrids = { values: [], formats: [], backgrounds: [], weights: [], notes: [] };
  for (const header of model.header) {
    const row = Array.from({ length: width }, (_, j) => header[j] ?? '');
    grids.values.push(row.map(asText));
    grids.formats.push(row.map(() => AUTOMATIC));
    grids.backgrounds.push(row.map(() => HEADER_BACKGROUND));
    grids.weights.push(row.map(() => 'bold' as const));
    grids.notes.push(row.map(() => ''));
  }
  for (const cells of model.rows) {
    const row = Array.from({ length: width }, (_, j): ModelCell => cells[j] ?? { value: null });
    grids.values.push(row.map((c) => cellValue(c, link)));
    grids.formats.push(row.map((c) => (c.format ? NUMBER_FORMAT[c.format] : AUTOMATIC)));
    grids.backgrounds.push(row.map((c) => (c.tone ? TONE_BACKGROUND[c.tone] : null)));
    grids.weights.push(row.map((c) => (c.bold ? 'bold' as const : 'normal' as const)));
    grids.notes.push(row.map((c) => c.note ?? ''));
  }
  return grids;
}

export function drawModel(sheet: Sheet, model: SheetModel, link: (l: CellLink) => string | null): void {
  const grids = modelGrids(model, link);
  const range = sheet.getRange(1, 1, grids.values.length, grids.values[0].length);
  range.setValues(grids.values);
  range.setNumberFormats(grids.formats);
  range.setBackgrounds(grids.backgrounds as string[][]);
  range.setFontWeights(grids.weights);
  if (grids.notes.some((r) => r.some((n) => n !== ''))) range.setNotes(grids.notes);
  if (model.frozenRows > 0) sheet.setFrozenRows(model.frozenRows);
  if (model.frozenColumns > 0) sheet.setFrozenColumns(model.frozenColumns);
  setWidths(sheet, model.columnWidths);
}
