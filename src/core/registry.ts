// Reads the registry `ОО`: the schools of the district, in the registry's order.
import { REGISTRY_SHEET, SHEET_NAMES } from './catalogue/sheets';
import type { SchoolKind } from './catalogue/lists';
import type { BoundContext } from './catalogue/columns';
import { quote, type Issue } from './issues';
import { cellOf, readTable, tableIssue, type SheetData } from './table';
import { matchKey } from './text';
import type { IsoDate } from './dates';

/** Results of the ОО's students as problem fields (issue 10), each empty when the methodologist left it empty. */
export interface SchoolResults {
  belowVpr: number | null;
  belowOge: number | null;
  belowEge: number | null;
  lowResults: boolean | null;
  biased: boolean | null;
}

export interface School {
  code: string;
  /** Short name for tables and the report (falls back to the code). */
  name: string;
  kind: SchoolKind | null;
  email: string;
  /** The school's own spreadsheet (URL, or a path offline); empty when its sheets are in the district workbook. */
  spreadsheet: string;
  /** Registry row, for links back to it. */
  row: number;
  /** A1 cell of the school's `Таблица` link (the column may stand anywhere). */
  spreadsheetCell?: string;
  results?: SchoolResults;
  /** The registry's «Дата сдачи» (issue 12); absent when empty or when the registry has no such column. */
  submittedOn?: IsoDate;
}

export interface RegistryResult {
  schools: School[];
  issues: Issue[];
  /** The registry has the «Дата сдачи» column: a school has submitted when its date is there. */
  submissionTracked: boolean;
}

export function readRegistry(sheet: SheetData, ctx: BoundContext): RegistryResult {
  const table = readTable(sheet, REGISTRY_SHEET.columns, { sheet: SHEET_NAMES.registry }, ctx);
  const issues = [...table.issues];
  const schools: School[] = [];
  const seen = new Map<string, number>();
  for (const r of table.rows) {
    const v = r.values;
    if (!v.code) continue; // already reported as a missing required value
    const key = matchKey(v.code);
    const first = seen.get(key);
    if (first !== undefined) {
      issues.push(
        tableIssue(
          table,
          'code',
          r.row,
          'school_code_duplicate',
          `Код ОО ${quote(v.code)} уже указан в строке ${first}. Коды должны быть уникальными — строка не учтена.`,
        ),
      );
      continue;
    }
    seen.set(key, r.row);
    schools.push({
      code: v.code,
      name: v.shortName ?? v.code,
      kind: v.kind,
      email: v.email ?? '',
      spreadsheet: v.spreadsheet ?? '',
      row: r.row,
      spreadsheetCell: cellOf(table, 'spreadsheet', r.row),
      ...resultsOf(v),
      ...(v.submittedOn ? { submittedOn: v.submittedOn } : {}),
    });
  }
  return { schools, issues, submissionTracked: table.columnIndex.submittedOn !== undefined };
}

/**
 * Only a registry that has one of the result columns filled adds `results`: plans of older workbooks stay as they were.
 */
function resultsOf(v: {
  belowVpr: number | null;
  belowOge: number | null;
  belowEge: number | null;
  lowResults: boolean | null;
  biased: boolean | null;
}): { results?: SchoolResults } {
  const results = {
    belowVpr: v.belowVpr,
    belowOge: v.belowOge,
    belowEge: v.belowEge,
    lowResults: v.lowResults,
    biased: v.biased,
  };
  return Object.values(results).some((x) => x !== null) ? { results } : {};
}
