// The panel's view of the workbook (pure): registry, build result and issues → the contract's PanelState.
import type { BuildResult } from '../core/districtResult';
import { issueLink, type Issue } from '../core/issues';
import { count, ERRORS, TEACHERS, WARNINGS, type Forms } from '../core/plural';
import type { School } from '../core/registry';
import type { Settings } from '../core/settings';
import type { IssueView, JobKind, PanelState, SchoolView, SetupMode, DocumentLinks } from '../shared/contract';

/**
 * How many issues travel to the panel. google.script.run carries JSON of any size, but a list of
 * thousands is unreadable in a 300 px sidebar; the counts per school still cover every issue, and
 * the full list is on the `Ошибки` sheet.
 */
export const ISSUE_LIMIT = 200;

/** What the panel shows besides the data: kept by the server between calls. */
export interface PanelContext {
  mode: SetupMode;
  lastRun?: Partial<Record<JobKind, string>>;
  reportUrl?: string | null;
  documentUrls?: DocumentLinks | null;
  issueLimit?: number;
}

export function issueView(i: Issue): IssueView {
  return {
    school: i.school ?? null,
    sheet: i.sheet,
    cell: i.cell,
    column: i.column,
    severity: i.severity,
    code: i.code,
    message: i.message,
    target: issueLink(i),
  };
}

/** Errors before warnings (a methodologist fixes what excludes data first), the core's order kept within each. */
export function issueViews(issues: readonly Issue[], limit = ISSUE_LIMIT): IssueView[] {
  const errors = issues.filter((i) => i.severity === 'error');
  const warnings = issues.filter((i) => i.severity === 'warning');
  return [...errors, ...warnings].slice(0, Math.max(0, limit)).map(issueView);
}

function tally(issues: readonly Issue[]): Map<string, { errors: number; warnings: number }> {
  const bySchool = new Map<string, { errors: number; warnings: number }>();
  for (const i of issues) {
    if (i.school === undefined) continue;
    const t = bySchool.get(i.school) ?? { errors: 0, warnings: 0 };
    if (i.severity === 'error') t.errors++;
    else t.warnings++;
    bySchool.set(i.school, t);
  }
  return bySchool;
}

function base(
  settings: Settings,
  registered: number,
  ctx: PanelContext,
): Omit<PanelState, 'submitted' | 'notSubmitted' | 'schools' | 'issues' | 'issuesTotal'> {
  return {
    municipality: settings.municipality,
    period: { start: settings.period.start, end: settings.period.end },
    mode: ctx.mode,
    registered,
    deadline: settings.deadline ?? null,
    lastRun: { ...(ctx.lastRun ?? {}) },
    reportUrl: ctx.reportUrl ?? null,
    ...(ctx.documentUrls ? { documentUrls: ctx.documentUrls } : {}),
  };
}

/** The workbook before its data was ever checked: the registry is known, nothing else. */
export function panelBeforeCheck(settings: Settings, schools: readonly School[], ctx: PanelContext): PanelState {
  return {
    ...base(settings, schools.length, ctx),
    submitted: null,
    notSubmitted: null,
    schools: schools.map((s) => ({ code: s.code, name: s.name, submitted: null, errors: 0, warnings: 0 })),
    issues: [],
    issuesTotal: 0,
  };
}

/** The workbook after a check or a build: who submitted, and every school's errors and warnings. */
export function panelAfterBuild(result: BuildResult, ctx: PanelContext): PanelState {
  const counts = tally(result.issues);
  const schools: SchoolView[] = result.schools.map((s) => ({
    code: s.school.code,
    name: s.school.name,
    submitted: s.submitted,
    ...(counts.get(s.school.code) ?? { errors: 0, warnings: 0 }),
    status: s.status,
  }));
  const submitted = schools.filter((s) => s.submitted).length;
  return {
    ...base(result.settings, schools.length, ctx),
    submitted,
    notSubmitted: schools.length - submitted,
    schools,
    issues: issueViews(result.issues, ctx.issueLimit),
    issuesTotal: result.issues.length,
  };
}

const SCHOOLS: Forms = ['ОО', 'ОО', 'ОО'];

/** The one line the panel shows when a job has finished: «Сводная собрана: 15 ОО, 241 педагог». */
export function outcomeMessage(kind: JobKind, result: BuildResult): string {
  const submitted = result.schools.filter((s) => s.submitted).length;
  const teachers = result.district.K1?.kind === 'count' ? result.district.K1.value : 0;
  const errors = result.issues.filter((i) => i.severity === 'error').length;
  const warnings = result.issues.length - errors;
  const found = `${count(errors, ERRORS)}, ${count(warnings, WARNINGS)}`;
  switch (kind) {
    case 'check':
      return `Проверка завершена: данные сдали ${submitted} из ${count(result.schools.length, SCHOOLS)}; ${found}.`;
    case 'summary':
      return `Сводная собрана: ${count(submitted, SCHOOLS)}, ${count(teachers, TEACHERS)}; ${found}.`;
    case 'report':
      return `Справка сформирована: ${count(submitted, SCHOOLS)}, ${count(teachers, TEACHERS)}.`;
  }
}
