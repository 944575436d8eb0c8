// Validation issues: where, how bad, a stable code and a Russian message for a school secretary.

export type Severity = 'error' | 'warning';

/** Every issue code with its severity: codes are stable, tests and the sidebar rely on them. */
export const ISSUE_CODES = {
  // cells
  not_a_number: 'error',
  not_an_integer: 'error',
  not_a_date: 'error',
  not_yes_no: 'error',
  not_in_list: 'error',
  out_of_range: 'error',
  formula_error: 'error',
  required_missing: 'error',
  date_after_period_end: 'error',
  overcome_before_diagnostics: 'error',
  // rows excluded from all figures
  name_missing: 'error',
  teacher_duplicate: 'error',
  teacher_unknown: 'error',
  course_end_invalid: 'error',
  /** Code mode: a teacher column holds text without digits — most likely a name (152-ФЗ). */
  teacher_name_not_code: 'error',
  // warnings: the value counts
  subject_missing: 'warning',
  experience_exceeds_age: 'warning',
  attestation_date_missing: 'warning',
  category_expired: 'warning',
  diagnostics_after_period: 'warning',
  provider_not_allowed: 'warning',
  certificate_duplicate: 'warning',
  event_outside_period: 'warning',
  event_date_missing: 'warning',
  overcome_not_found: 'warning',
  overcome_date_missing: 'warning',
  teacher_left_before_period: 'warning',
  district_school_unknown: 'warning',
  // sheets and columns
  column_missing: 'error',
  column_missing_optional: 'warning',
  column_unknown: 'warning',
  /** A column of an earlier template that nothing reads any more (RETIRED_COLUMNS). */
  column_retired: 'warning',
  column_duplicate: 'warning',
  /** Code mode: the teacher column is still headed «ФИО». */
  column_names_teachers: 'warning',
  sheet_missing: 'warning',
  sheet_unregistered: 'warning',
  school_file_unavailable: 'error',
  // registry and parameters
  school_code_duplicate: 'error',
  parameter_unknown: 'warning',
  parameter_invalid: 'error',
  period_invalid: 'error',
  target_unknown_indicator: 'warning',
} as const satisfies Record<string, Severity>;

export type IssueCode = keyof typeof ISSUE_CODES;

/** Where a school's sheet really lives when it is in the school's own spreadsheet. */
export interface ExternalLocation {
  /** URL of the school's spreadsheet (Apps Script) or path of its .xlsx (offline). */
  file: string;
  /** The sheet's name inside that file. */
  sheetName: string;
}

export interface Issue {
  /** The sheet as the district knows it: `01 Педагоги`, `ОО`, `Параметры`. */
  sheet: string;
  cell: string;
  row: number;
  column: string;
  severity: Severity;
  code: IssueCode;
  message: string;
  /** Code of the school the issue belongs to, if any (not part of summary.json). */
  school?: string;
  /** Set when the sheet is in a school's own file (not part of summary.json). */
  external?: ExternalLocation;
  /**
   * The message without the teacher's name or code, when `message` quotes one. District-level outputs (summary.json,
   * «Ошибки») use it; only the school's own scope (its sheet, letter, «Замечания») reads `message`.
   */
  anonymous?: string;
}

/** The text an output above the school may carry: never a teacher's name. */
export function districtMessage(i: Pick<Issue, 'message' | 'anonymous'>): string {
  return i.anonymous ?? i.message;
}

export function issue(fields: Omit<Issue, 'severity'> & { severity?: Severity }): Issue {
  return { ...fields, severity: fields.severity ?? ISSUE_CODES[fields.code] };
}

/** «шестнадцать» — quoted the way Russian text quotes. */
export function quote(text: string): string {
  return `«${text}»`;
}

/** Where a click on the issue goes: the district's sheet, or the real sheet inside the school's own file. */
export function issueLink(i: Issue): { sheet: string; cell: string; file?: string } {
  const { external } = i;
  return external ? { sheet: external.sheetName, cell: i.cell, file: external.file } : { sheet: i.sheet, cell: i.cell };
}

/** Shortens what a user typed before quoting it in a message. */
export function quoteTyped(text: string, max = 60): string {
  return quote(text.length > max ? `${text.slice(0, max - 1)}…` : text);
}
