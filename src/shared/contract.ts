// The contract between the sidebar and the Apps Script server: every function name and JSON-safe payload.
// Only plain data crosses google.script.run: no Date, no class instances, no functions.
import type { SchoolStatus } from '../core/catalogue/statuses';

export type JobKind = 'check' | 'summary' | 'report';
export type SetupMode = 'shared' | 'per-school';
/** «Как обозначать педагогов»: `code` — табельный номер или код школы (recommended in Google), `name` — ФИО. */
export type TeacherIdsChoice = 'code' | 'name';

/** Where a cell is: a sheet of this workbook, or of a school's own spreadsheet (`file` = its URL). */
export interface CellTarget {
  sheet: string;
  cell: string;
  file?: string;
}

export interface IssueView {
  school: string | null;
  sheet: string;
  cell: string;
  column: string;
  severity: 'error' | 'warning';
  code: string;
  message: string;
  target: CellTarget;
}

export interface SchoolView {
  code: string;
  name: string;
  /** null — not checked yet. */
  submitted: boolean | null;
  errors: number;
  warnings: number;
  /** Against «Срок сдачи» (issue 12); absent until checked. */
  status?: SchoolStatusKey | null;
}

/** The catalogue's status keys (plain strings): the panel shows their labels from the catalogue. */
export type SchoolStatusKey = SchoolStatus;

export interface PanelState {
  municipality: string;
  /** ISO dates 'YYYY-MM-DD'. */
  period: { start: string; end: string };
  mode: SetupMode;
  registered: number;
  /** null until the data has been checked once. */
  submitted: number | null;
  notSubmitted: number | null;
  schools: SchoolView[];
  /** Issues of the last check, errors first, at most `issueLimit`. */
  issues: IssueView[];
  issuesTotal: number;
  /** ISO timestamp of the last finished job of each kind. */
  lastRun: Partial<Record<JobKind, string>>;
  reportUrl: string | null;
  /** The three documents of the last report, when it made them. */
  documentUrls?: DocumentLinks | null;
  /** «Срок сдачи» from `Параметры`, ISO date; null — not set. */
  deadline?: string | null;
  /** The last runs of `Журнал`, newest first. */
  journal?: JournalView[];
}

/** One row of `Журнал` as the panel lists it. */
export interface JournalView {
  /** ISO timestamp. */
  time: string;
  action: string;
  ok: boolean;
  /** Russian: «ОО сдали 14 из 15; ошибок 17, предупреждений 18; лист «Ошибки»». */
  summary: string;
  /** «успешно» or the error as the user was told it. */
  outcome: string;
}

/** A letter of «Напомнить школам» as the preview shows it. */
export interface ReminderLetterView {
  code: string;
  name: string;
  to: string[];
  subject: string;
  body: string;
  status: SchoolStatusKey;
  errors: number;
  warnings: number;
  /** When this check's letter was already sent to the school; null — not yet. */
  sentAt: string | null;
}

export interface RemindersPreview {
  /** ISO timestamp of the check the letters come from. */
  checkedAt: string;
  /** MailApp's remaining daily quota (recipients); null where there is no Google. */
  quota: number | null;
  letters: ReminderLetterView[];
  message: string;
}

export interface ReminderResult {
  code: string;
  name: string;
  sent: boolean;
  /** Russian: «отправлено: …», «нет адреса…», «не хватило дневной квоты Google». */
  detail: string;
}

export interface RemindersOutcome {
  results: ReminderResult[];
  message: string;
  state: PanelState;
}

export interface JobProgress {
  jobId: string;
  kind: JobKind;
  /** Russian: «Чтение листов», «Расчёт показателей», … */
  stage: string;
  /** The school being processed, if any. */
  school: string | null;
  done: number;
  total: number;
}

/** The three documents of the last «Сформировать отчёт»: справка, letter to heads of ОО, draft order. */
export interface DocumentLinks {
  report: string;
  letter: string;
  order: string;
}

export interface JobOutcome {
  kind: JobKind;
  /** Russian summary for the panel: «Сводная собрана: 15 ОО, 241 педагог». */
  message: string;
  reportUrl: string | null;
  /** All three documents when this job made them. */
  documentUrls?: DocumentLinks | null;
  state: PanelState;
}

export type JobStep = { status: 'running'; progress: JobProgress } | { status: 'done'; outcome: JobOutcome };

export interface SetupOutcome {
  message: string;
  createdSheets: number;
  createdFiles: number;
  /** Schools left for the next click: creating school files takes seconds each (per-school mode). */
  pending?: number;
  state: PanelState;
}

export type OpenCellResult = { opened: true } | { opened: false; url: string };

/** One assumption about Google tried in the user's own account («Диагностика»). */
export interface DiagnosticCheck {
  /** Russian: what was tried. */
  title: string;
  ok: boolean;
  /** Russian: what happened; for a failure, what to do about it. */
  detail: string;
}

export interface DiagnosticsReport {
  checks: DiagnosticCheck[];
  /** Russian: «Пройдено 7 из 8 проверок…». */
  message: string;
}

/** «О программе»: the version this copy carries and, when the template publishes a newer one, that it does. */
export interface AboutInfo {
  /** package.json's version when the add-on was built; «dev» in a build that was not told. */
  version: string;
  /** The version the template publishes; null when unknown (no template, no access to it). */
  latest: string | null;
  updateAvailable: boolean;
  /** The template's «make a copy» link; null when this build knows no template. */
  templateUrl: string | null;
  /** The panel runs in the template itself (its maintainer publishing a version). */
  isTemplate: boolean;
}

/** Server functions the sidebar may call; each is a top-level function of the Apps Script bundle. */
export interface ServerFunctions {
  getPanelState(): PanelState;
  /** `teacherIds` is written into a new `Параметры` only; omitted — codes, Google's default. */
  setupWorkbook(mode: SetupMode, teacherIds?: TeacherIdsChoice): SetupOutcome;
  startJob(kind: JobKind): JobStep;
  continueJob(jobId: string): JobStep;
  /** Activates a cell of this workbook; for a school's own file returns the URL to open instead. */
  openCell(target: CellTarget): OpenCellResult;
  /** Tries each assumption about Google on a temporary spreadsheet and document, cleans up, lists pass/fail. */
  runDiagnostics(): DiagnosticsReport;
  /** «О программе»: never fails because the template cannot be read. */
  getAbout(): AboutInfo;
  /** «Напомнить школам»: the letters of the last check, and the mail quota left today. */
  previewReminders(): RemindersPreview;
  /** Sends each letter of the last check once, within the quota; the result per school. */
  sendReminders(): RemindersOutcome;
}

export type ServerFunctionName = keyof ServerFunctions;
