// Draws a catalogue template on a sheet: header row with notes, dropdowns and checks, formats, frozen header, widths.
import {
  NEW_SHEET_GRID,
  VALIDATED_ROWS,
  type ColumnRule,
  type SheetTemplate,
  type TemplateColumn,
} from '../core/catalogue/templates';
import { PALETTE } from '../core/catalogue/palette';
import { widthRuns } from './drawModel';
import { asText } from './values';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Rule = GoogleAppsScript.Spreadsheet.DataValidation;

const DATE_FORMAT = 'dd.mm.yyyy';

const FORMATS: Record<TemplateColumn['format'], string | null> = {
  text: '@',
  date: DATE_FORMAT,
  number: '0.##',
  auto: null,
};

function validation(rule: ColumnRule): Rule {
  const builder = SpreadsheetApp.newDataValidation().setHelpText(rule.help);
  switch (rule.kind) {
    case 'list':
      return builder
        .requireValueInList([...rule.values], true)
        .setAllowInvalid(!rule.strict)
        .build();
    case 'date':
      return builder.requireDate().setAllowInvalid(false).build();
    case 'number':
      return builder.requireNumberBetween(rule.min, rule.max).setAllowInvalid(false).build();
  }
}

/** Sets widths with one call per run of equal widths. */
function setWidths(sheet: Sheet, widths: readonly number[]): void {
  for (const r of widthRuns(widths)) sheet.setColumnWidths(r.start + 1, r.end - r.start, r.width);
}

/**
 * Grows the grid to hold `rows` × `columns`: a range past it throws in Google. A sheet just created has the known
 * 1 000 × 26 (no call); one found empty may have been shrunk by hand, so it is asked.
 */
export function ensureGrid(sheet: Sheet, rows: number, columns: number, fresh: boolean): void {
  const maxRows = fresh ? NEW_SHEET_GRID.rows : sheet.getMaxRows();
  const maxColumns = fresh ? NEW_SHEET_GRID.columns : sheet.getMaxColumns();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}

/** Headers with notes, widths, dropdowns and formats of these columns, the first at column `first`. */
function drawColumns(sheet: Sheet, columns: readonly TemplateColumn[], first: number): void {
  const width = columns.length;
  const header = sheet.getRange(1, first, 1, width);
  header.setValues([columns.map((c) => asText(c.header))]);
  header.setNotes([columns.map((c) => c.note)]);
  header.setFontWeight('bold').setBackground(PALETTE.header).setWrap(true).setVerticalAlignment('top');
  if (first === 1)
    setWidths(
      sheet,
      columns.map((c) => c.width),
    );
  else columns.forEach((c, i) => sheet.setColumnWidths(first + i, 1, c.width));
  const formats = columns.map((c) => FORMATS[c.format]);
  const rules = columns.map((c) => (c.rule ? validation(c.rule) : null));
  if (rules.some((r) => r !== null) || formats.some((f) => f !== null)) {
    const body = sheet.getRange(2, first, VALIDATED_ROWS, width);
    if (rules.some((r) => r !== null)) body.setDataValidations(Array.from({ length: VALIDATED_ROWS }, () => rules));
    if (formats.some((f) => f !== null))
      body.setNumberFormats(Array.from({ length: VALIDATED_ROWS }, () => formats.map((f) => f ?? FORMATS.text ?? '@')));
  }
}

/** Appends columns after the last one a sheet uses (setup adding later catalogue columns): its data stays in place. */
export function appendColumns(sheet: Sheet, columns: readonly TemplateColumn[]): void {
  const first = sheet.getLastColumn() + 1;
  const needed = first - 1 + columns.length;
  // A sheet has a fixed number of columns (26 when new): a range beyond them fails, so make room first.
  if (sheet.getMaxColumns() < needed) sheet.insertColumnsAfter(sheet.getMaxColumns(), needed - sheet.getMaxColumns());
  drawColumns(sheet, columns, first);
}

/** `fresh` — the sheet was created in this run (its grid is Google's default). */
export function drawTemplate(sheet: Sheet, template: SheetTemplate, fresh = true): void {
  const columns = template.columns;
  const width = columns.length;
  ensureGrid(sheet, 1 + Math.max(VALIDATED_ROWS, template.rows.length), width, fresh);
  sheet.setFrozenRows(1);

  if (template.rows.length > 0) {
    const rows = template.rows.map((r) =>
      columns.map((_, j) => {
        const v = r[j];
        return typeof v === 'string' ? asText(v) : v instanceof Date || v === null || v === undefined ? '' : v;
      }),
    );
    sheet.getRange(2, 1, rows.length, width).setValues(rows);
  }
  drawColumns(sheet, columns, 1);
}
