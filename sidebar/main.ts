// The panel's controller: loads the state, runs one action at a time, opens the cell of a clicked issue.
import { DOCUMENT_KINDS, DOCUMENT_LABELS } from '../src/core/catalogue/documents';
import { SHEET_NAMES } from '../src/core/catalogue/sheets';
import { CODE_RECOMMENDATION, TEACHER_IDS } from '../src/core/catalogue/teacherIds';
import type {
  IssueView,
  JobKind,
  JobOutcome,
  JobProgress,
  PanelState,
  SetupMode,
  TeacherIdsChoice,
} from '../src/shared/contract';
import { renderAbout } from './about';
import { isFirstRun, renderFirstRun } from './firstRun';
import { makeCall, pageRunner } from './call';
import { byId, safeUrl } from './dom';
import { runJob } from './jobs';
import {
  announce,
  progressView,
  renderAlert,
  renderDiagnostics,
  renderIssueStatus,
  renderProgress,
  renderResult,
  renderState,
  setBusy,
  type ActionButton,
  type ResultAction,
} from './render';
import { readableError } from './serverErrors';
import { renderReminderPreview, renderReminderResults } from './reminders';
import { JOB_STARTING, openedText, worthAnnouncing } from './view';

const call = makeCall(pageRunner);
let busy = false;

function show(next: PanelState): void {
  renderState(next, (issue, button) => void openIssue(issue, button));
  renderFirstRun(isFirstRun(next));
}

/** One action at a time: buttons off while it runs, a readable message if it fails, focus back where it was. */
async function exclusive(button: ActionButton, work: () => Promise<void>): Promise<void> {
  if (busy) return;
  busy = true;
  setBusy(true);
  renderAlert(null);
  renderResult(null);
  try {
    await work();
  } catch (error) {
    renderProgress(null);
    const readable = readableError(error);
    renderAlert(readable);
    announce(readable.text);
  } finally {
    busy = false;
    setBusy(false);
    // A disabled button drops keyboard focus; give it back so the next key press still works.
    if (document.activeElement === document.body || document.activeElement === null) byId(button).focus();
  }
}

function outcomeActions(outcome: JobOutcome): ResultAction[] {
  const actions: ResultAction[] = [];
  const report = safeUrl(outcome.reportUrl);
  const docs = outcome.documentUrls;
  if (docs) {
    for (const kind of DOCUMENT_KINDS) {
      const href = safeUrl(docs[kind]);
      if (href) actions.push({ text: `Открыть: «${DOCUMENT_LABELS[kind]}»`, href });
    }
  } else if (report) actions.push({ text: 'Открыть справку', href: report });
  if (outcome.kind === 'summary')
    actions.push({
      text: `Перейти к листу «${SHEET_NAMES.summary}»`,
      onClick: () => void openSheet(SHEET_NAMES.summary),
    });
  if (outcome.kind === 'check' && outcome.state.issuesTotal > 0)
    actions.push({
      text: `Перейти к листу «${SHEET_NAMES.errors}»`,
      onClick: () => void openSheet(SHEET_NAMES.errors),
    });
  return actions;
}

function job(kind: JobKind, button: ActionButton): Promise<void> {
  return exclusive(button, async () => {
    renderProgress({ label: JOB_STARTING[kind], school: null, percent: 0 });
    announce(JOB_STARTING[kind]);
    let heard: JobProgress | null = null;
    const outcome = await runJob(call, kind, (p) => {
      const view = progressView(p);
      renderProgress(view);
      if (!worthAnnouncing(heard, p)) return;
      heard = p;
      announce(`${view.label} (${view.percent} %)`);
    });
    renderProgress(null);
    show(outcome.state);
    renderResult(outcome.message, outcomeActions(outcome));
    announce(outcome.message);
  });
}

function setup(): Promise<void> {
  const chosen = document.querySelector<HTMLInputElement>('input[name="mode"]:checked');
  const mode: SetupMode = chosen?.value === 'per-school' ? 'per-school' : 'shared';
  const ids = document.querySelector<HTMLInputElement>('input[name="teacher-ids"]:checked');
  const teacherIds: TeacherIdsChoice = ids?.value === 'name' ? 'name' : 'code';
  return exclusive('btn-setup', async () => {
    renderProgress({ label: 'Настраиваю таблицу…', school: null, percent: 0 });
    announce('Настраиваю таблицу…');
    let outcome = await call('setupWorkbook', mode, teacherIds);
    // Per-school files take seconds each: the server stops early and says how many schools are left.
    let left = Number.POSITIVE_INFINITY;
    while (outcome.pending !== undefined && outcome.pending > 0 && outcome.pending < left) {
      left = outcome.pending;
      const total = outcome.state.registered;
      const view = {
        label: `Создаю таблицы ОО: осталось ${left} из ${total}`,
        school: null,
        percent: total > 0 ? Math.round(((total - left) / total) * 100) : 0,
      };
      renderProgress(view);
      announce(view.label);
      outcome = await call('setupWorkbook', mode, teacherIds);
    }
    renderProgress(null);
    show(outcome.state);
    renderResult(outcome.message);
    announce(outcome.message);
  });
}

/** The cell of an issue: this workbook's cell is activated; a school's own file opens in a new tab. */
async function openIssue(issue: IssueView, button: HTMLButtonElement): Promise<void> {
  // A tab opened after an await is a pop-up to the browser; open it now, inside the click.
  const tab = issue.target.file ? window.open('', '_blank') : null;
  try {
    const result = await call('openCell', issue.target);
    if (result.opened) {
      tab?.close();
      renderIssueStatus(openedText(issue, false));
      return;
    }
    const url = safeUrl(result.url);
    if (!url) throw new Error('Сервер вернул неверную ссылку на таблицу ОО.');
    if (tab) {
      tab.opener = null;
      tab.location.href = url;
    } else window.open(url, '_blank', 'noopener');
    renderIssueStatus(openedText(issue.target, true));
  } catch (error) {
    tab?.close();
    renderIssueStatus(readableError(error).text, true);
  } finally {
    button.focus();
  }
}

/** «Напомнить школам»: the letters of the last check to read before anything is sent. */
function remindPreview(): Promise<void> {
  return exclusive('btn-remind', async () => {
    renderReminderPreview(null);
    const preview = await call('previewReminders');
    renderReminderPreview(preview);
    announce(preview.message);
  });
}

/** Sends the previewed letters; the result of each school replaces the preview. */
function remindSend(): Promise<void> {
  return exclusive('btn-send-reminders', async () => {
    renderProgress({ label: 'Отправляю письма…', school: null, percent: 0 });
    const outcome = await call('sendReminders');
    renderProgress(null);
    show(outcome.state);
    renderReminderResults(outcome);
    renderResult(outcome.message);
    announce(outcome.message);
  });
}

/** Tries the assumptions about Google in this account and lists what passed and what failed. */
function diagnostics(): Promise<void> {
  return exclusive('btn-diagnostics', async () => {
    renderDiagnostics(null);
    renderProgress({ label: 'Проверяю, как Google работает в этом аккаунте…', school: null, percent: 0 });
    const report = await call('runDiagnostics');
    renderProgress(null);
    renderDiagnostics(report);
    renderResult(report.message);
    announce(report.message);
  });
}

async function openSheet(sheet: string): Promise<void> {
  try {
    await call('openCell', { sheet, cell: 'A1' });
    announce(`Открыт лист «${sheet}».`);
  } catch (error) {
    const readable = readableError(error);
    renderAlert(readable);
    announce(readable.text);
  }
}

/** Asked after the state: reading the template may take a second and must never hold the panel up. */
async function loadAbout(): Promise<void> {
  try {
    renderAbout(await call('getAbout'));
  } catch {
    renderAbout(null);
  }
}

async function start(): Promise<void> {
  // The options' words come from the catalogue, as every label does: one place to change them.
  setText('ids-code', TEACHER_IDS.code.label);
  setText('ids-why', CODE_RECOMMENDATION);
  setText('ids-name', TEACHER_IDS.name.label);
  byId('btn-setup').addEventListener('click', () => void setup());
  byId('btn-check').addEventListener('click', () => void job('check', 'btn-check'));
  byId('btn-summary').addEventListener('click', () => void job('summary', 'btn-summary'));
  byId('btn-report').addEventListener('click', () => void job('report', 'btn-report'));
  byId('btn-diagnostics').addEventListener('click', () => void diagnostics());
  byId('btn-remind').addEventListener('click', () => void remindPreview());
  byId('btn-send-reminders').addEventListener('click', () => void remindSend());
  // A fresh copy starts with «Диагностика»: problems of a new account show before any data is typed.
  byId('btn-first-diagnostics').addEventListener('click', () => void diagnostics());
  busy = true;
  setBusy(true);
  try {
    show(await call('getPanelState'));
  } catch (error) {
    renderAlert(readableError(error));
    setText('municipality', 'Не удалось загрузить состояние таблицы');
  } finally {
    busy = false;
    setBusy(false);
  }
  await loadAbout();
}

function setText(id: string, text: string): void {
  byId(id).textContent = text;
}

void start();
