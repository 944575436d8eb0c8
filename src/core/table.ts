// Reads one data sheet against its catalogue definition: headers by text, typed cells, cell issues.
import { a1, cellText, isBlank, type CellValue, type Grid } from './cells';
import { type BoundContext, type ColumnDef, type Columns, type RowValues } from './catalogue/columns';
import { issue, quote, type ExternalLocation, type Issue, type IssueCode } from './issues';
import { RETIRED_COLUMNS } from './catalogue/sheets';
import { matchKey } from './text';
import { FORMER_NAMES } from './catalogue/terms';
import { parseCell, type Matcher } from './tableCells';

/** A sheet as an adapter read it, with one values call. */
export interface SheetData {
  name: string;
  values: Grid;
}

/** Where issues of this sheet point: the district's name for it and, maybe, the school's own file. */
export interface SheetPlace {
  sheet: string;
  school?: string;
  external?: ExternalLocation;
}

export interface TableRow<C extends Columns> {
  /** 1-based sheet row. */
  row: number;
  values: RowValues<C>;
  /** What was typed, as text, for messages. */
  text: { [K in keyof C]: string };
  /** Columns whose cell had an error (value treated as empty). */
  invalid: Set<keyof C>;
  /** Columns whose cell holds something. */
  filled: Set<keyof C>;
}

export interface Table<C extends Columns> {
  place: SheetPlace;
  rows: TableRow<C>[];
  issues: Issue[];
  /** 1-based column of each found column. */
  columnIndex: Partial<Record<keyof C, number>>;
  /** Required columns the sheet lacks (one sheet error each). */
  missing: (keyof C)[];
  columns: C;
  /** The header each found column has on this sheet (an alias such as «Табельный номер» when used). */
  headers?: Partial<Record<keyof C, string>>;
}

export function cellOf<C extends Columns>(table: Table<C>, key: keyof C, row: number): string {
  const index = table.columnIndex[key];
  return index ? a1(row, index) : a1(row, 1);
}

/** Builds an issue at a row and column of this table. */
export function tableIssue<C extends Columns>(
  table: Table<C>,
  key: keyof C,
  row: number,
  code: IssueCode,
  message: string,
): Issue {
  return issue({
    ...placeFields(table.place),
    cell: cellOf(table, key, row),
    row,
    column: table.headers?.[key] ?? table.columns[key].header,
    code,
    message,
  });
}

export function placeFields(place: SheetPlace): Pick<Issue, 'sheet' | 'school' | 'external'> {
  const fields: Pick<Issue, 'sheet' | 'school' | 'external'> = { sheet: place.sheet };
  if (place.school !== undefined) fields.school = place.school;
  if (place.external !== undefined) fields.external = place.external;
  return fields;
}

export function readTable<C extends Columns>(
  sheet: SheetData,
  columns: C,
  place: SheetPlace,
  ctx: BoundContext,
): Table<C> {
  const grid = sheet.values;
  const header = grid[0] ?? [];
  const issues: Issue[] = [];
  const columnIndex: Partial<Record<keyof C, number>> = {};
  const byHeader = new Map<string, { key: keyof C; header: string }>();
  for (const key of Object.keys(columns) as (keyof C)[]) {
    const def = columns[key];
    for (const h of [def.header, ...(def.aliases ?? [])]) byHeader.set(matchKey(h), { key, header: h });
  }
  const headers: Partial<Record<keyof C, string>> = {};
  // A loop, not Math.max(...rows): a stray value far down gives hundreds of thousands of rows, too many arguments.
  let width = header.length;
  for (const r of grid) if (r && r.length > width) width = r.length;
  const table: Table<C> = { place, rows: [], issues, columnIndex, missing: [], columns, headers };
  const headerIssue = (column: number, columnName: string, code: IssueCode, message: string) =>
    issues.push(issue({ ...placeFields(place), cell: a1(1, column), row: 1, column: columnName, code, message }));

  for (let j = 0; j < width; j++) {
    const raw = header[j];
    if (isBlank(raw)) {
      if (grid.some((r, i) => i > 0 && !isBlank(r[j]))) {
        headerIssue(
          j + 1,
          '',
          'column_unknown',
          `Столбец ${a1(1, j + 1).replace(/\d+$/, '')} заполнен, но у него нет заголовка — его данные не учитываются. Впишите заголовок из шаблона или перенесите данные в нужный столбец.`,
        );
      }
      continue;
    }
    const text = cellText(raw);
    const found = byHeader.get(matchKey(text));
    const retired = found === undefined ? retiredReason(columns, text) : undefined;
    if (retired !== undefined) {
      headerIssue(
        j + 1,
        text,
        'column_retired',
        `Столбец ${quote(text)} больше не собирается и не учитывается: ${retired}`,
      );
    } else if (found === undefined) {
      headerIssue(
        j + 1,
        text,
        'column_unknown',
        `Столбец ${quote(text)} не предусмотрен шаблоном и не учитывается. Если это один из нужных столбцов, исправьте заголовок по шаблону.`,
      );
    } else if (columnIndex[found.key] !== undefined) {
      const first = `${a1(1, columnIndex[found.key] as number).replace(/\d+$/, '')}, ${quote(headers[found.key] as string)}`;
      headerIssue(
        j + 1,
        text,
        'column_duplicate',
        `Столбец ${quote(text)} повторяет уже найденный столбец (${first}) — учитывается только первый.`,
      );
    } else {
      columnIndex[found.key] = j + 1;
      headers[found.key] = found.header;
    }
  }
  const firstFree = width + 1;
  for (const key of Object.keys(columns) as (keyof C)[]) {
    if (columnIndex[key] !== undefined) continue;
    const def = columns[key];
    if (def.required) {
      table.missing.push(key);
      headerIssue(
        firstFree,
        def.header,
        'column_missing',
        `На листе нет обязательного столбца ${quote(def.header)}. Добавьте его с заголовком ${quote(def.header)} в первой строке.${def.excludesRow ? ' Пока его нет, строки листа не учитываются.' : ''}`,
      );
    } else if (!def.quiet) {
      headerIssue(
        firstFree,
        def.header,
        'column_missing_optional',
        `На листе нет столбца ${quote(def.header)}: показатели, которые от него зависят, считаются без этих данных. Добавьте столбец с заголовком ${quote(def.header)}.`,
      );
    }
  }

  const matchers: Matcher[] = [];
  for (const key of Object.keys(columns)) {
    // Messages name the column as this sheet does («Табельный номер», not «ФИО»).
    const def = { ...columns[key], header: headers[key] ?? columns[key].header } as ColumnDef<unknown>;
    const m: Matcher = { key, def };
    if (def.kind === 'list' || def.kind === 'multi') {
      m.list = new Map(def.values.map((v) => [matchKey(v), v]));
      // A value's former name is the same value: «ОБЖ» typed in a 2020/2021 workbook is the catalogue's «ОБЗР».
      for (const [before, value] of FORMER_NAMES) if (def.values.includes(value)) m.list.set(matchKey(before), value);
    }
    matchers.push(m);
  }

  for (let i = 1; i < grid.length; i++) {
    const cells = grid[i];
    if (!cells || cells.every(isBlank)) continue;
    const row = i + 1;
    const values: Record<string, unknown> = {};
    const textOut: Record<string, string> = {};
    const invalid = new Set<keyof C>();
    const filled = new Set<keyof C>();
    for (const m of matchers) {
      const index = columnIndex[m.key as keyof C];
      const raw: CellValue = index === undefined ? null : cells[index - 1];
      const text = cellText(raw);
      textOut[m.key] = text;
      if (isBlank(raw)) {
        values[m.key] = m.def.kind === 'multi' ? [] : null;
        if (m.def.required && index !== undefined) {
          invalid.add(m.key as keyof C);
          issues.push(
            issue({
              ...placeFields(place),
              cell: a1(row, index),
              row,
              column: m.def.header,
              code: m.def.missingCode ?? 'required_missing',
              message: m.def.excludesRow
                ? `Не заполнен обязательный столбец ${quote(m.def.header)} — строка не учтена.`
                : `Не заполнен обязательный столбец ${quote(m.def.header)}.`,
            }),
          );
        }
        continue;
      }
      filled.add(m.key as keyof C);
      const parsed = parseCell(m, raw, text, ctx);
      if (parsed.ok) {
        values[m.key] = parsed.value;
      } else {
        values[m.key] = m.def.kind === 'multi' ? [] : null;
        invalid.add(m.key as keyof C);
        const tail = m.def.excludesRow ? ' Строка не учтена.' : ' Значение не учтено.';
        issues.push(
          issue({
            ...placeFields(place),
            cell: a1(row, index as number),
            row,
            column: m.def.header,
            code: parsed.code,
            message: parsed.message + tail,
          }),
        );
      }
    }
    table.rows.push({
      row,
      values: values as RowValues<C>,
      text: textOut as { [K in keyof C]: string },
      invalid,
      filled,
    });
  }
  return table;
}

/** Why a header of an earlier template is no longer read, or undefined if it never was a column of this sheet. */
function retiredReason(columns: Columns, header: string): string | undefined {
  const retired = RETIRED_COLUMNS.get(columns) ?? {};
  const key = Object.keys(retired).find((h) => matchKey(h) === matchKey(header));
  return key === undefined ? undefined : retired[key];
}
