// The Apps Script entry points: the menu, the sidebar and the server functions, wired to Google's services.
import { newExecution } from './flush';
import { ACTIONS } from '../core/catalogue/labels';
import { SHARED_SCHOOL_LIMIT, SHEET_NAMES } from '../core/catalogue/sheets';
import { CODE_RECOMMENDATION, TEACHER_IDS } from '../core/catalogue/teacherIds';
import { DataError } from '../core/errors';
import { PARAMETERS } from '../core/catalogue/parameters';
import { errorText } from '../app/errorText';
import { DEFAULT_TIMING, dropJob, type JobTiming } from '../app/jobs';
import { collectRegion } from '../app/region';
import { createServer } from '../app/server';
import { DEFAULT_SETUP_TIMING } from '../app/setup';
import type { ClockPort, Ports } from '../app/ports';
import type {
  AboutInfo,
  CellTarget,
  DiagnosticsReport,
  RemindersOutcome,
  RemindersPreview,
  JobKind,
  JobStep,
  OpenCellResult,
  PanelState,
  SetupMode,
  SetupOutcome,
  TeacherIdsChoice,
} from '../shared/contract';
import { diagnosticsText } from '../app/diagnostics';
import { googleDiagnostics } from './diagnostics';
import { DistrictFile } from './districtFile';
import { googleDocs } from './docReport';
import { spreadsheetFiles } from './files';
import { buildMenu } from './menu';
import { documentLock, documentProperties, scriptClock } from './services';
import { gasRelease } from './release';
import { mailApp } from './mail';
import { SheetStore } from './storeSheet';

export { ENTRY_POINTS } from './entryPoints';

/** The HTML file the build writes next to Code.js (dist/Sidebar.html). */
export const SIDEBAR_FILE = 'Sidebar';
const TITLE = 'PedMonitor';
/**
 * A menu run is one call: reading may take 4.5 minutes and writing starts only if reading ended within
 * 3 (Apps Script stops a run at 6). What does not fit is done from the panel, which works in chunks.
 */
const MENU_TIMING: JobTiming = { ...DEFAULT_TIMING, chunkMs: 270_000, finishWithinMs: 180_000 };

/** The ports over this workbook; tests replace the clock to force small time budgets. */
export function gasPorts(clock?: ClockPort): Ports {
  newExecution();
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const district = new DistrictFile(ss.getId(), ss);
  const store = new SheetStore(district, ss);
  district.editorsFrom(() => store.userEditors());
  return {
    district,
    files: spreadsheetFiles(),
    store,
    properties: documentProperties(),
    documents: googleDocs(ss),
    lock: documentLock(),
    clock: clock ?? scriptClock(ss),
    diagnostics: googleDiagnostics(),
    release: gasRelease(ss),
    mail: mailApp(),
    // No e-mail without another scope: a key Google keeps for this user (30 days), enough to tell runs apart.
    who: () => `методист, ключ ${Session.getTemporaryActiveUserKey().slice(0, 8)}`,
  };
}

const ports = () => gasPorts();

/** A message for the user: ours as is, anything unexpected in one Russian sentence — never a stack trace. */
export function userMessage(e: unknown): string {
  if (e instanceof DataError) return e.message;
  const text = errorText(e);
  // Google refused this user (no edit access to the file, or a protected sheet): say so in Russian.
  if (/permission|protected cell or object|PERMISSION_DENIED/i.test(text)) {
    return (
      'Google не дал доступа: у вашего аккаунта нет права изменять эту таблицу или её защищённый лист. '
      + `Если вы методист района, попросите владельца таблицы вписать ваш адрес в «${SHEET_NAMES.parameters}» → `
      + `«${PARAMETERS.methodologists.key}» и нажать «Настроить таблицу».`
    );
  }
  return `PedMonitor не смог выполнить действие: ${text}. Повторите попытку; если ошибка повторяется, сообщите разработчикам.`;
}

function guarded<T>(work: () => T): T {
  try {
    return work();
  } catch (e) {
    throw new Error(userMessage(e));
  }
}

export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu();
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

export function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile(SIDEBAR_FILE).setTitle(TITLE);
  SpreadsheetApp.getUi().showSidebar(html);
}

export function getPanelState(): PanelState {
  return guarded(() => createServer(ports()).getPanelState());
}

export function setupWorkbook(mode: SetupMode, teacherIds?: TeacherIdsChoice): SetupOutcome {
  return guarded(() => createServer(ports()).setupWorkbook(mode, teacherIds));
}

export function startJob(kind: JobKind): JobStep {
  return guarded(() => createServer(ports()).startJob(kind));
}

export function continueJob(jobId: string): JobStep {
  return guarded(() => createServer(ports()).continueJob(jobId));
}

export function openCell(target: CellTarget): OpenCellResult {
  return guarded(() => createServer(ports()).openCell(target));
}

export function runDiagnostics(): DiagnosticsReport {
  return guarded(() => createServer(ports()).runDiagnostics());
}

export function getAbout(): AboutInfo {
  return guarded(() => createServer(ports()).getAbout());
}

export function previewReminders(): RemindersPreview {
  return guarded(() => createServer(ports()).previewReminders());
}

export function sendReminders(): RemindersOutcome {
  return guarded(() => createServer(ports()).sendReminders());
}

function alert(text: string): void {
  SpreadsheetApp.getUi().alert(TITLE, text, SpreadsheetApp.getUi().ButtonSet.OK);
}

/** A menu click runs the whole job in this one execution when it fits; a huge district continues in the panel. */
function runFromMenu(kind: JobKind): void {
  try {
    const p = ports();
    const step = createServer(p, { job: MENU_TIMING, setup: DEFAULT_SETUP_TIMING }).startJob(kind);
    if (step.status === 'done') {
      alert(
        step.outcome.reportUrl && kind === 'report'
          ? `${step.outcome.message}\n\nСсылка на справку: ${step.outcome.reportUrl}`
          : step.outcome.message,
      );
      return;
    }
    dropJob(p, step.progress.jobId);
    alert(
      `Данных много: за один запуск из меню успели прочитать ${step.progress.done} из ${step.progress.total} ОО. Откройте панель (меню PedMonitor → «${ACTIONS.panel}») и нажмите ту же кнопку — работа пойдёт по частям.`,
    );
  } catch (e) {
    alert(userMessage(e));
  }
}

export function menuSetup(): void {
  const ui = SpreadsheetApp.getUi();
  const answer = ui.alert(
    ACTIONS.setup,
    `Где образовательные организации будут вносить данные?\n\n«Да» — в этой таблице: у каждой ОО свои три листа (до ${SHARED_SCHOOL_LIMIT} ОО; ОО видят листы друг друга, но редактируют только свои).\n\n«Нет» — у каждой ОО своя отдельная таблица (для больших районов и когда ОО не должны видеть данные друг друга).`,
    ui.ButtonSet.YES_NO_CANCEL,
  );
  if (answer === ui.Button.CANCEL || answer === ui.Button.CLOSE) return;
  const mode: SetupMode = answer === ui.Button.NO ? 'per-school' : 'shared';
  const ids = ui.alert(
    'Как обозначать педагогов',
    `«Да» — ${TEACHER_IDS.code.label}. ${CODE_RECOMMENDATION}\n\n«Нет» — ${TEACHER_IDS.name.label}.\n\n`
      + `Выбор записывается в новый лист «${SHEET_NAMES.parameters}»; в настроенной таблице он уже там.`,
    ui.ButtonSet.YES_NO_CANCEL,
  );
  if (ids === ui.Button.CANCEL || ids === ui.Button.CLOSE) return;
  try {
    alert(createServer(ports()).setupWorkbook(mode, ids === ui.Button.NO ? 'name' : 'code').message);
  } catch (e) {
    alert(userMessage(e));
  }
}

export function menuCheck(): void {
  runFromMenu('check');
}

export function menuSummary(): void {
  runFromMenu('summary');
}

export function menuReport(): void {
  runFromMenu('report');
}

/**
 * Region mode: the districts' stored summaries into the region's sheets and Doc, in this one run (no school is read).
 */
export function menuRegion(): void {
  try {
    const p = ports();
    const outcome = p.lock.withLock(() => collectRegion(p));
    alert(`${outcome.message}\n\nСсылка на справку: ${outcome.reportUrl}`);
  } catch (e) {
    alert(userMessage(e));
  }
}

/** The first thing to run in a new account: each assumption about Google tried, the list shown. */
export function menuDiagnostics(): void {
  try {
    alert(diagnosticsText(createServer(ports()).runDiagnostics()));
  } catch (e) {
    alert(userMessage(e));
  }
}
