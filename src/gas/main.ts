// The Apps Script entry points: the menu, the sidebar and the server functions, wired to Google's services.
import { ACTIONS } from '../core/catalogue/labels';
import { SHARED_SCHOOL_LIMIT } from '../core/catalogue/sheets';
import { DataError } from '../core/errors';
import { errorText } from '../app/errorText';
import { DEFAULT_TIMING, dropJob, type JobTiming } from '../app/jobs';
import { collectRegion } from '../app/region';
import { createServer } from '../app/server';
import { DEFAULT_SETUP_TIMING } from '../app/setup';
import type { ClockPort, Ports } from '../app/ports';
import type {
  AboutInfo, CellTarget, JobKind, JobStep, OpenCellResult, PanelState, SetupMode, SetupOutcome,
} from '../shared/contract';
import { DistrictFile } from './districtFile';
import { googleDocs } from './docReport';
import { spreadsheetFiles } from './files';
import { buildMenu } from './menu';
import { documentLock, documentProperties, scriptClock } from './services';
import { gasRelease } from './release';
import { newExecution } from './sheetsFile';
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
export function gasPorts(clock: ClockPort = scriptClock()): Ports {
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
    clock,
    release: gasRelease(ss),
  };
}

const ports = () => gasPorts();

/** A message for the user: ours as is, anything unexpected in one Russian sentence — never a stack trace. */
export function userMessage(e: unknown): string {
  if (e instanceof DataError) return e.message;
  const text = errorText(e);
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

export function setupWorkbook(mode: SetupMode): SetupOutcome {
  return guarded(() => createServer(ports()).setupWorkbook(mode));
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

export function getAbout(): AboutInfo {
  return guarded(() => createServer(ports()).getAbout());
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
      alert(step.outcome.reportUrl && kind === 'report' ? `${step.outcome.message}\n\nСсылка на справку: ${step.outcome.reportUrl}` : step.outcome.message);
      return;
    }
    dropJob(p, step.progress.jobId);
    alert(`Данных много: за один запуск из меню успели прочитать ${step.progress.done} из ${step.progress.total} ОО. Откройте панель (меню PedMonitor → «${ACTIONS.panel}») и нажмите ту же кнопку — работа пойдёт по частям.`);
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
  try {
    alert(createServer(ports()).setupWorkbook(mode).message);
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

/** Region mode: the districts' stored summaries into the region's sheets and Doc, in this one run (no school is read). */
export function menuRegion(): void {
  try {
    const p = ports();
    const outcome = p.lock.withLock(() => collectRegion(p));
    alert(`${outcome.message}\n\nСсылка на справку: ${outcome.reportUrl}`);
  } catch (e) {
    alert(userMessage(e));
  }
}
