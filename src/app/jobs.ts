// Long work in chunks the sidebar drives: each call reads schools until its time budget, then checkpoints.
import { planFrom } from '../core/build';
import { SHEET_NAMES } from '../core/catalogue/sheets';
import { assembleDistrict, findSheet, type BuildResult, type DistrictPlan } from '../core/district';
import { DataError } from '../core/errors';
import { errorsSheet, outputSheets } from '../core/layout';
import type { CellLink } from '../core/layout/model';
import { buildReport } from '../core/report/build';
import type { SchoolAnalysis } from '../core/school/analyse';
import { toSummary } from '../core/summary';
import type { JobKind, JobOutcome, JobProgress, JobStep } from '../shared/contract';
import { outcomeMessage, panelAfterBuild } from '../shared/panelView';
import { cellUrl } from './links';
import { panelContext, recordRun, savePanel } from './panelMemory';
import { BusyError, type Ports } from './ports';
import { readSchool, SCHOOLS_PER_READ, type SchoolRead } from './schoolRead';
import { previousSnapshot, saveSnapshot } from './snapshots';

export interface JobTiming {
  /** A call stops reading schools after this long (Apps Script stops a run at 6 minutes). */
  chunkMs: number;
  /** Writing the results starts in the same call only if reading took less than this; otherwise in the next. */
  finishWithinMs: number;
  /** A job nobody continued for this long was abandoned (the sidebar was closed): a new one may replace it. */
  abandonedAfterMs: number;
}

export const DEFAULT_TIMING: JobTiming = { chunkMs: 240_000, finishWithinMs: 150_000, abandonedAfterMs: 90_000 };

/** Everything a job needs between calls; JSON-safe (dates are ISO strings), stored in the workbook. */
export interface JobState {
  id: string;
  kind: JobKind;
  plan: DistrictPlan;
  analyses: SchoolAnalysis[];
  /** School file link → sheet name → sheet id, for links from `Ошибки`. */
  fileSheetIds: Record<string, Record<string, number>>;
  /** When a call last worked on the job (ms). */
  touched: number;
}

const JOB_KEY = 'job';

const KIND_LABEL: Record<JobKind, string> = {
  check: 'Проверить данные',
  summary: 'Собрать сводную',
  report: 'Сформировать отчёт',
};

const STAGE = {
  reading: 'Проверка листов ОО',
  writing: 'Запись результатов',
} as const;

function loadJob(ports: Ports): JobState | null {
  const text = ports.store.get(JOB_KEY);
  return text === null ? null : (JSON.parse(text) as JobState);
}

function progress(state: JobState, stage: string): JobProgress {
  const total = state.plan.schools.length;
  const done = state.analyses.length;
  const next = state.plan.schools[done];
  return { jobId: state.id, kind: state.kind, stage, school: next && stage === STAGE.reading ? next.name : null, done, total };
}

/** Turns a link of a layout into a URL: this workbook's sheets by id, school files by the ids read with them. */
function linkResolver(ports: Ports, state: JobState): (l: CellLink) => string | null {
  return (l) => {
    if (l.file === undefined) {
      const id = ports.district.sheetId(l.sheet);
      // Absolute: whether Sheets follows a fragment-only link (`#gid=…`) in a cell's text format is not documented.
      return id === null ? null : cellUrl(id, l.cell, ports.district.url);
    }
    const id = state.fileSheetIds[l.file]?.[l.sheet];
    return id === undefined ? l.file : cellUrl(id, l.cell, l.file);
  };
}

function finish(ports: Ports, state: JobState): JobOutcome {
  const result: BuildResult = assembleDistrict(state.plan, state.analyses);
  const link = linkResolver(ports, state);
  let reportUrl: string | undefined;
  switch (state.kind) {
    case 'check':
      ports.district.replaceSheets([errorsSheet(result)], link);
      break;
    case 'summary':
      ports.district.replaceSheets(outputSheets(result), link);
      saveSnapshot(ports.store, toSummary(result));
      break;
    case 'report':
      reportUrl = ports.documents.create(buildReport(result, previousSnapshot(ports.store, result.settings.period)));
      break;
  }
  recordRun(ports.properties, state.kind, ports.clock.stamp(), reportUrl);
  const ctx = panelContext(ports.properties);
  const panel = panelAfterBuild(result, ctx);
  savePanel(ports.store, panel);
  ports.store.remove(JOB_KEY);
  return { kind: state.kind, message: outcomeMessage(state.kind, result), reportUrl: reportUrl ?? ctx.reportUrl ?? null, state: panel };
}

/** Reads schools until the chunk's time is up, then either checkpoints or writes the results. */
function advance(ports: Ports, state: JobState, started: number, timing: JobTiming): JobStep {
  const { plan } = state;
  const first = state.analyses.length;
  while (state.analyses.length < plan.schools.length) {
    if (ports.clock.now() - started >= timing.chunkMs) return checkpoint(ports, state, STAGE.reading);
    const at = state.analyses.length;
    const school = plan.schools[at];
    let read: SchoolRead;
    try {
      // Every SCHOOLS_PER_READ-th school of this call fetches itself and the next ones; those then cost nothing.
      const next = (at - first) % SCHOOLS_PER_READ === 0 ? plan.schools.slice(at + 1, at + SCHOOLS_PER_READ) : [];
      read = readSchool(ports, plan, school, state.kind === 'check', next);
    } catch (e) {
      // Google asked to slow down: keep what was read; the panel's next call goes on from this school.
      if (e instanceof BusyError) return checkpoint(ports, state, STAGE.reading);
      throw e;
    }
    state.analyses.push(read.analysis);
    const link = plan.sources[school.code];
    if (read.sheetIds && link.mode === 'file') state.fileSheetIds[link.link] = read.sheetIds;
  }
  if (ports.clock.now() - started >= timing.finishWithinMs) return checkpoint(ports, state, STAGE.writing);
  return { status: 'done', outcome: finish(ports, state) };
}

function checkpoint(ports: Ports, state: JobState, stage: string): JobStep {
  state.touched = ports.clock.now();
  ports.store.set(JOB_KEY, JSON.stringify(state));
  return { status: 'running', progress: progress(state, stage) };
}

export function startJob(ports: Ports, kind: JobKind, timing: JobTiming = DEFAULT_TIMING): JobStep {
  return ports.lock.withLock(() => {
    const started = ports.clock.now();
    const running = loadJob(ports);
    if (running && started - running.touched < timing.abandonedAfterMs) {
      throw new DataError(`Уже выполняется «${KIND_LABEL[running.kind]}» (${running.analyses.length} из ${running.plan.schools.length} ОО). Дождитесь окончания и повторите.`);
    }
    // `Параметры` and `ОО` in one read (the plan then reads them from it).
    const names = ports.district.sheetNames;
    ports.district.readSheets([SHEET_NAMES.parameters, SHEET_NAMES.registry].flatMap((n) => findSheet(names, n) ?? []));
    const plan = planFrom(ports.district, ports.clock.today());
    if (plan.schools.length === 0) {
      throw new DataError(`В реестре «${SHEET_NAMES.registry}» нет ни одной ОО. Заполните реестр (столбцы «Код» и «Краткое наименование») и повторите.`);
    }
    const state: JobState = {
      id: `${kind}-${started.toString(36)}-${Math.floor(Math.random() * 1e6).toString(36)}`,
      kind, plan, analyses: [], fileSheetIds: {}, touched: started,
    };
    return advance(ports, state, started, timing);
  });
}

/** Forgets an unfinished job (a menu run that ran out of time), so the panel can start it afresh at once. */
export function dropJob(ports: Ports, jobId: string): void {
  ports.lock.withLock(() => {
    if (loadJob(ports)?.id === jobId) ports.store.remove(JOB_KEY);
  });
}

export function continueJob(ports: Ports, jobId: string, timing: JobTiming = DEFAULT_TIMING): JobStep {
  return ports.lock.withLock(() => {
    const started = ports.clock.now();
    const state = loadJob(ports);
    if (!state || state.id !== jobId) {
      throw new DataError('Это задание уже завершено или заменено другим. Запустите действие ещё раз.');
    }
    return advance(ports, state, started, timing);
  });
}
