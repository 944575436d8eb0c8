// Neutral sheet layouts (summary, errors, plan): what both writers — .xlsx and Google Sheets — render.

export type CellFormat = 'text' | 'integer' | 'percent' | 'decimal' | 'date';
/** Highlights a writer maps to a fill colour. */
export type CellTone = 'below-target' | 'error' | 'warning' | 'total' | 'muted' | 'target';

/** A link to a cell of the district workbook, or of a school's own file. */
export interface CellLink {
  sheet: string;
  cell: string;
  /** URL (Apps Script) or path (offline) of the school's own spreadsheet. */
  file?: string;
}

export interface ModelCell {
  /** Strings are always written as text, never as formulas. Percent values are fractions (0.249);
   *  with format 'date' the value is an ISO date string 'YYYY-MM-DD' that writers turn into a real date. */
  value: string | number | null;
  format?: CellFormat;
  tone?: CellTone;
  link?: CellLink;
  note?: string;
  bold?: boolean;
}

export interface SheetModel {
  name: string;
  /** Header rows (usually one; the summary has two: codes and names). */
  header: string[][];
  rows: ModelCell[][];
  frozenRows: number;
  frozenColumns: number;
  /** Column widths in pixels. */
  columnWidths: number[];
}
