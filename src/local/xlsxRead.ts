// Reads .xlsx files into the core's sheets: one grid per sheet, cell values normalised (exceljs).
import ExcelJS from 'exceljs';
import { access, readFile } from 'node:fs/promises';
import type { CellValue, Grid } from '../core/cells';
import { DataError } from '../core/errors';
import type { SheetData } from '../core/table';

/** exceljs value → core CellValue: formulas give their result, rich text its text, errors their code. */
export function toCellValue(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  // exceljs reads date cells as Dates at UTC midnight: the calendar date is in the UTC fields.
  if (v instanceof Date) return v;
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('formula' in v || 'sharedFormula' in v) {
      const result = (v as ExcelJS.CellFormulaValue).result;
      if (result === undefined || result === null) return null;
      if (typeof result === 'object' && 'error' in result) return result.error;
      return result as CellValue;
    }
    if ('hyperlink' in v) {
      const text = (v as ExcelJS.CellHyperlinkValue).text as unknown;
      if (typeof text === 'string') return text;
      if (text && typeof text === 'object' && 'richText' in text) return (text as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join('');
      return (v as ExcelJS.CellHyperlinkValue).hyperlink;
    }
    if ('error' in v) return (v as ExcelJS.CellErrorValue).error;
  }
  return String(v);
}

export function worksheetGrid(ws: ExcelJS.Worksheet): Grid {
  const grid: CellValue[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      cells[col - 1] = toCellValue(cell.value);
    });
    for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = null;
    grid[rowNumber - 1] = cells;
  });
  for (let i = 0; i < grid.length; i++) if (grid[i] === undefined) grid[i] = [];
  return grid;
}

/** Reads every sheet of an .xlsx file; a missing or damaged file is a DataError with a Russian message. */
export async function readXlsx(path: string): Promise<SheetData[]> {
  try {
    await access(path);
  } catch {
    throw new DataError(`Файл «${path}» не найден.`);
  }
  const bytes = await readFile(path);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new DataError(`Файл «${path}» не удалось прочитать как книгу Excel (.xlsx). Сохраните его в формате .xlsx и повторите.`);
  }
  return wb.worksheets.map((ws) => ({ name: ws.name, values: worksheetGrid(ws) }));
}
