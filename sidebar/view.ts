// What the panel's texts say, computed from the contract's data (pure: no DOM, testable in Node).
import { SCHOOL_STATUSES, SCHOOL_STATUS_ORDER, type SchoolStatus } from '../src/core/catalogue/statuses';
import { ACTIONS } from '../src/core/catalogue/labels';
import { SHEET_NAMES } from '../src/core/catalogue/sheets';
import { formatRu } from '../src/core/dates';
import { count, ERRORS, WARNINGS } from '../src/core/plural';
import type { IssueView, JobKind, JobProgress, PanelState, SetupMode } from '../src/shared/contract';

export function periodText(period: PanelState['period']): string {
  return `${formatRu(period.start)} – ${formatRu(period.end)}`;
}

export const MODE_TEXT: Record<SetupMode, string> = {
  shared: 'одна общая таблица района',
  'per-school': 'отдельная таблица для каждой ОО',
};

/** «2 ошибки, 1 предупреждение»; «нет замечаний» when there is nothing. */
export function issueCountText(errors: number, warnings: number): string {
  if (errors === 0 && warnings === 0) return 'нет замечаний';
  const parts: string[] = [];
  if (errors > 0) parts.push(count(errors, ERRORS));
  if (warnings > 0) parts.push(count(warnings, WARNINGS));
  return parts.join(', ');
}

/** Whole percent of the work done; a job with nothing to do yet shows 0. */
export function progressPercent(p: Pick<JobProgress, 'done' | 'total'>): number {
  if (p.total <= 0) return 0;
  return Math.max(0, Math.min(100, Math.round((p.done / p.total) * 100)));
}

/** «Проверка данных ОО: 3 из 15» — the stage and how far it is. */
export function progressText(p: JobProgress): string {
  return p.total > 0 ? `${p.stage}: ${p.done} из ${p.total}` : p.stage;
}

/**
 * Whether a screen reader should hear this step: a new stage, or a next quarter of the work. Reading
 * out every school of a 150-school district would drown everything else the panel says.
 */
export function worthAnnouncing(previous: JobProgress | null, next: JobProgress): boolean {
  if (!previous || previous.stage !== next.stage) return true;
  return Math.floor(progressPercent(next) / 25) > Math.floor(progressPercent(previous) / 25);
}

/** What the panel says while a job starts, before the server's first answer. */
export const JOB_STARTING: Record<JobKind, string> = {
  check: 'Начинаю проверку данных…',
  summary: 'Начинаю сборку сводной…',
  report: 'Начинаю формирование справки…',
};

export interface IssueGroup {
  /** School code, or null for `Параметры` / `ОО`. */
  school: string | null;
  title: string;
  errors: number;
  warnings: number;
  /** The issues of this group that came to the panel (the counts cover all of them). */
  issues: IssueView[];
}

/**
 * Issues by school in registry order, the district's own sheets first. Counts come from the
 * school views, which cover every issue even when the list sent to the panel was cut short.
 */
export function groupIssues(state: PanelState): IssueGroup[] {
  const bySchool = new Map<string | null, IssueView[]>();
  for (const i of state.issues) {
    const list = bySchool.get(i.school) ?? [];
    list.push(i);
    bySchool.set(i.school, list);
  }
  const groups: IssueGroup[] = [];
  const general = bySchool.get(null) ?? [];
  if (general.length > 0) {
    const errors = general.filter((i) => i.severity === 'error').length;
    groups.push({
      school: null,
      title: `Листы «${SHEET_NAMES.parameters}» и «${SHEET_NAMES.registry}»`,
      errors,
      warnings: general.length - errors,
      issues: general,
    });
  }
  const known = new Set<string>();
  for (const s of state.schools) {
    known.add(s.code);
    if (s.errors + s.warnings === 0) continue;
    groups.push({
      school: s.code,
      title: s.name,
      errors: s.errors,
      warnings: s.warnings,
      issues: bySchool.get(s.code) ?? [],
    });
  }
  // An issue of a school the registry no longer lists still shows up, under its code.
  for (const [code, list] of bySchool) {
    if (code === null || known.has(code)) continue;
    const errors = list.filter((i) => i.severity === 'error').length;
    groups.push({ school: code, title: `ОО ${code}`, errors, warnings: list.length - errors, issues: list });
  }
  return groups;
}

/** Errors and warnings of the whole workbook, and how many submitted schools have none. */
export function issueTotals(
  state: PanelState,
  groups: readonly IssueGroup[] = groupIssues(state),
): { errors: number; warnings: number; clean: number } {
  let errors = 0;
  let warnings = 0;
  for (const g of groups) {
    errors += g.errors;
    warnings += g.warnings;
  }
  const clean = state.schools.filter((s) => s.submitted === true && s.errors + s.warnings === 0).length;
  return { errors, warnings, clean };
}

/** Where the issue is, in the spreadsheet's own words: «01 Педагоги, D5 (Год рождения)». */
export function issuePlace(i: IssueView): string {
  return i.column ? `${i.sheet}, ${i.cell} (${i.column})` : `${i.sheet}, ${i.cell}`;
}

/** Said after a click on an issue: where the cell was opened. */
export function openedText(i: Pick<IssueView, 'sheet' | 'cell'>, inOwnFile: boolean): string {
  return inOwnFile
    ? `Таблица ОО открыта в новой вкладке: лист «${i.sheet}», ячейка ${i.cell}.`
    : `Открыта ячейка ${i.cell} на листе «${i.sheet}».`;
}

/** «Показаны 200 из 412 замечаний: полный список — на листе «Ошибки».» when the list was cut. */
export function truncatedText(state: PanelState): string | null {
  if (state.issuesTotal <= state.issues.length) return null;
  return `Показаны ${state.issues.length} из ${state.issuesTotal}: полный список — на листе «${SHEET_NAMES.errors}».`;
}

/** «10.09.2021, 11:05» in the browser's time zone (the methodologist's own). */
export function whenText(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getDate())}.${p(d.getMonth() + 1)}.${d.getFullYear()}, ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** The line under the figures: what to do next when the figures cannot say much yet. */
export function stateHint(state: PanelState): string | null {
  if (state.registered === 0) {
    return `Реестр «${SHEET_NAMES.registry}» пуст: внесите ОО (код, наименование, email ответственного) и нажмите «${ACTIONS.setup}».`;
  }
  if (state.submitted === null) return `Кто сдал данные, станет известно после проверки: нажмите «${ACTIONS.check}».`;
  return null;
}

/** «Кузнецкого района», or where to type it when `Параметры` has none. */
export function municipalityText(state: PanelState): string {
  return state.municipality || `Муниципалитет не указан (лист «${SHEET_NAMES.parameters}»)`;
}

/** Schools that have not submitted, by name, for the «не сдали» line. */
export function notSubmittedNames(state: PanelState): string[] {
  return state.schools.filter((s) => s.submitted === false).map((s) => s.name);
}

/** «Срок сдачи: 15.10.2021. После срока — 2; не начала — 1; …» once checked; null before the first check. */
export function statusText(state: PanelState): string | null {
  if (state.submitted === null) return null;
  const counts = new Map<SchoolStatus, number>();
  for (const s of state.schools) if (s.status) counts.set(s.status, (counts.get(s.status) ?? 0) + 1);
  const parts = SCHOOL_STATUS_ORDER.filter((k) => counts.has(k)).map(
    (k) => `${SCHOOL_STATUSES[k].label} — ${counts.get(k)}`,
  );
  const deadline = state.deadline
    ? `Срок сдачи: ${formatRu(state.deadline)}.`
    : `Срок сдачи не задан (лист «${SHEET_NAMES.parameters}»).`;
  return parts.length ? `${deadline} Статусы ОО: ${parts.join('; ')}.` : deadline;
}

/** Schools past the deadline without a submission, by name: the first to remind. */
export function overdueNames(state: PanelState): string[] {
  return state.schools.filter((s) => s.status === 'overdue').map((s) => s.name);
}
