// Puts the panel's data on the page: state at a glance, progress, outcome, failures, issues by school.
import { DOCUMENT_KINDS, DOCUMENT_LABELS } from '../src/core/catalogue/documents';
import { SHEET_NAMES } from '../src/core/catalogue/sheets';
import type { DiagnosticsReport, IssueView, JobProgress, PanelState } from '../src/shared/contract';
import { append, byId, clear, el, safeUrl, setText } from './dom';
import type { ReadableError } from './serverErrors';
import {
  groupIssues,
  issueCountText,
  issueTotals,
  municipalityText,
  stateHint,
  issuePlace,
  MODE_TEXT,
  notSubmittedNames,
  periodText,
  progressPercent,
  progressText,
  truncatedText,
  whenText,
  statusText,
  overdueNames,
} from './view';

export const ACTION_BUTTONS = [
  'btn-setup',
  'btn-check',
  'btn-summary',
  'btn-report',
  'btn-remind',
  'btn-diagnostics',
] as const;
/** «Отправить письма» is off while anything runs, and stays off once every previewed letter is sent. */
export type ActionButton = (typeof ACTION_BUTTONS)[number] | 'btn-send-reminders';

const LAST_RUN_TEXT = { check: 'проверка', summary: 'сводная', report: 'справка' } as const;

/** Which issue groups the methodologist has opened, kept across re-renders. */
const openGroups = new Set<string>();
const groupKey = (school: string | null) => school ?? '';

export function renderState(state: PanelState, onIssue: (issue: IssueView, button: HTMLButtonElement) => void): void {
  setText(byId('municipality'), municipalityText(state));
  setText(byId('period'), `Отчётный период: ${periodText(state.period)}`);
  setText(byId('mode'), `Режим: ${MODE_TEXT[state.mode]}`);
  document.querySelectorAll<HTMLInputElement>('input[name="mode"]').forEach((input) => {
    input.checked = input.value === state.mode;
  });

  setText(byId('registered'), String(state.registered));
  for (const [id, value] of [
    ['submitted', state.submitted],
    ['not-submitted', state.notSubmitted],
  ] as const) {
    setText(byId(id), value === null ? '—' : String(value));
    // Green and red say something only once the sheets were read.
    byId(id).parentElement?.classList.toggle('unknown', value === null);
  }
  const hint = stateHint(state);
  byId('state-hint').hidden = hint === null;
  setText(byId('state-hint'), hint ?? '');
  const missing = notSubmittedNames(state);
  const missingLine = byId('not-submitted-list');
  missingLine.hidden = missing.length === 0;
  setText(missingLine, missing.length ? `Не сдали: ${missing.join('; ')}.` : '');

  const statuses = statusText(state);
  byId('statuses').hidden = statuses === null;
  setText(byId('statuses'), statuses ?? '');
  const overdue = overdueNames(state);
  byId('overdue-list').hidden = overdue.length === 0;
  setText(byId('overdue-list'), overdue.length ? `После срока: ${overdue.join('; ')}.` : '');

  renderIssues(state, onIssue);

  const runs = (Object.keys(LAST_RUN_TEXT) as (keyof typeof LAST_RUN_TEXT)[])
    .filter((k) => state.lastRun[k])
    .map((k) => `${LAST_RUN_TEXT[k]} — ${whenText(state.lastRun[k] as string)}`);
  setText(byId('last-runs'), runs.length ? `Последний запуск: ${runs.join('; ')}.` : 'Действия ещё не запускались.');
  renderJournal(state);

  // The last report stays a click away after other actions replace the outcome above.
  const lastReport = byId('last-report');
  const report = safeUrl(state.reportUrl);
  clear(lastReport);
  lastReport.hidden = report === null;
  const docs = state.documentUrls;
  const link = (href: string, text: string) =>
    el('a', { attrs: { href, target: '_blank', rel: 'noopener noreferrer' } }, text);
  if (docs) {
    // All three documents of the last report: справка, рекомендации ОО, проект приказа.
    append(lastReport, 'Последний отчёт: ');
    DOCUMENT_KINDS.forEach((kind, i) => {
      const href = safeUrl(docs[kind]);
      if (href) append(lastReport, ...(i > 0 ? ['; '] : []), link(href, DOCUMENT_LABELS[kind]));
    });
  } else if (report) append(lastReport, 'Последняя справка: ', link(report, 'открыть'));
}

/** The journal's last runs: when, what, and what came of it (a failure in red). */
function renderJournal(state: PanelState): void {
  const rows = state.journal ?? [];
  byId('journal').hidden = rows.length === 0;
  const list = byId('journal-list');
  clear(list);
  for (const r of rows) {
    const text = `${whenText(r.time)} — ${r.action}: ${r.ok ? r.summary || r.outcome : r.outcome}`;
    list.appendChild(el('li', { className: r.ok ? 'ok' : 'failed' }, text));
  }
}

/** Where the last click on an issue went (or why it could not), next to the list itself. */
export function renderIssueStatus(text: string | null, failed = false): void {
  const line = byId('issue-status');
  line.hidden = text === null;
  line.classList.toggle('failed', failed);
  setText(line, text ?? '');
}

function renderIssues(state: PanelState, onIssue: (issue: IssueView, button: HTMLButtonElement) => void): void {
  const groups = groupIssues(state);
  const box = byId('issue-groups');
  clear(box);
  const { errors, warnings, clean } = issueTotals(state, groups);
  setText(
    byId('issues-summary'),
    state.submitted === null
      ? 'Замечаний пока нет: данные ещё не проверялись.'
      : `Всего: ${issueCountText(errors, warnings)}.${clean ? ` Без замечаний: ${clean} ОО.` : ''} Нажмите на замечание, чтобы перейти к ячейке.`,
  );

  for (const g of groups) {
    const key = groupKey(g.school);
    const details = el(
      'details',
      { className: 'group', attrs: { 'data-school': key } },
      el(
        'summary',
        {},
        el('span', { className: 'name' }, g.title),
        el(
          'span',
          { className: 'counts' },
          g.errors ? el('span', { className: 'e' }, issueCountText(g.errors, 0)) : null,
          g.errors && g.warnings ? ', ' : null,
          g.warnings ? el('span', { className: 'w' }, issueCountText(0, g.warnings)) : null,
        ),
      ),
    );
    details.open = openGroups.has(key) || groups.length === 1;
    details.addEventListener('toggle', () => (details.open ? openGroups.add(key) : openGroups.delete(key)));
    const list = el('ul', { className: 'issues' });
    for (const issue of g.issues) {
      const label = `${issue.severity === 'error' ? 'Ошибка' : 'Предупреждение'}: ${issuePlace(issue)}. ${issue.message}`;
      const title = issue.target.file ? 'Открыть таблицу ОО в новой вкладке' : 'Перейти к ячейке';
      const button = el(
        'button',
        { className: `issue ${issue.severity}`, attrs: { type: 'button', title, 'aria-label': `${label} ${title}.` } },
        el('span', { className: 'where' }, issuePlace(issue)),
        el('span', { className: 'msg' }, issue.message),
      );
      button.addEventListener('click', () => onIssue(issue, button));
      list.appendChild(el('li', {}, button));
    }
    const hidden = g.errors + g.warnings - g.issues.length;
    details.appendChild(list);
    if (hidden > 0)
      details.appendChild(el('p', { className: 'more' }, `Ещё ${hidden} — на листе «${SHEET_NAMES.errors}».`));
    box.appendChild(details);
  }
  const cut = truncatedText(state);
  const cutLine = byId('issues-truncated');
  cutLine.hidden = cut === null;
  setText(cutLine, cut ?? '');
}

export function renderProgress(p: { label: string; school: string | null; percent: number } | null): void {
  const box = byId('job');
  const appearing = box.hidden && p !== null;
  box.hidden = p === null;
  if (!p) return;
  // In a short window the bar sits below the buttons: bring it into view once, not on every step.
  if (appearing && typeof box.scrollIntoView === 'function') box.scrollIntoView({ block: 'nearest' });
  setText(byId('job-label'), p.label);
  setText(byId('job-school'), p.school ?? '');
  const bar = byId('job-bar');
  bar.setAttribute('aria-valuenow', String(p.percent));
  bar.setAttribute('aria-valuetext', `${p.percent} %`);
  (bar.firstElementChild as HTMLElement).style.width = `${p.percent}%`;
}

/** The server's progress as the panel shows it. */
export function progressView(p: JobProgress): { label: string; school: string | null; percent: number } {
  return { label: progressText(p), school: p.school, percent: progressPercent(p) };
}

/** Read out by screen readers: the live region holds the latest line. */
export function announce(text: string): void {
  setText(byId('status'), text);
}

export interface ResultAction {
  text: string;
  /** A web link (opens in a new tab), or a button. */
  href?: string;
  onClick?: () => void;
}

export function renderResult(text: string | null, actions: ResultAction[] = []): void {
  const box = byId('result');
  box.hidden = text === null;
  setText(byId('result-text'), text ?? '');
  const row = byId('result-actions');
  clear(row);
  for (const a of actions) {
    const href = safeUrl(a.href);
    if (href) row.appendChild(el('a', { attrs: { href, target: '_blank', rel: 'noopener noreferrer' } }, a.text));
    else if (a.onClick) {
      const b = el('button', { className: 'link', attrs: { type: 'button' } }, a.text);
      b.addEventListener('click', a.onClick);
      row.appendChild(b);
    }
  }
  row.hidden = row.childNodes.length === 0;
}

export function renderAlert(error: ReadableError | null): void {
  const box = byId('alert');
  box.hidden = error === null;
  setText(byId('alert-text'), error?.text ?? '');
  const detail = byId('alert-detail');
  detail.hidden = !error?.detail;
  setText(detail, error?.detail ? `Сообщение сервера: ${error.detail}` : '');
}

export function setBusy(busy: boolean): void {
  for (const id of ACTION_BUTTONS) byId<HTMLButtonElement>(id).disabled = busy;
  const send = byId<HTMLButtonElement>('btn-send-reminders');
  send.disabled = busy || send.dataset.done === '1';
  document.querySelectorAll<HTMLInputElement>('input[name="mode"]').forEach((input) => {
    input.disabled = busy;
  });
  document.body.setAttribute('aria-busy', String(busy));
}

/** «Диагностика»: each check with a pass or fail mark and what to do; null hides the list. */
export function renderDiagnostics(report: DiagnosticsReport | null): void {
  const box = byId('diagnostics');
  box.hidden = report === null;
  const list = byId('diagnostics-list');
  clear(list);
  for (const c of report?.checks ?? []) {
    const mark = c.ok ? '✓ пройдено' : '✗ не пройдено';
    list.appendChild(el('li', { className: c.ok ? 'pass' : 'fail' }, `${mark}: ${c.title} — ${c.detail}`));
  }
}
