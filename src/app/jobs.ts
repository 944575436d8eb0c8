// Long work in chunks the sidebar drives: each call reads schools until its time budget, then checkpoints.
import { ACTIONS } from '../core/catalogue/labels';
import { DataError } from '../core/errors';
import type { DocumentLinks, JobKind, JobOutcome, JobProgress, JobStep, SetupMode } from '../shared/contract';
import { outcomeMessage, panelAfterBuild } from './panelView';
import { panelContext, recordRun, savePanel } from './panelMemory';
import { planBuild, publishBuild, readSchools, type BuildOutput, type BuildProgress } from './pipeline';
import { BusyError, type Ports } from './ports';
import { journalBase, lastRuns, writeJournal } from './journal';
import { saveLetters } from './reminders';
import { buildCounts, JOURNAL_OK } from '../core/journal';
import { DOCUMENT_KINDS, DOCUMENT_LABELS, LETTER_SHEET } from '../core/catalogue/documents';
import { REMARKS_SHEET, SHEET_NAMES } from '../core/catalogue/sheets';
import { schoolFiles, writeSchoolRecommendations, type SchoolSheetsProgress } from './recommendations';
import { districtResult } from '../core/districtResult';

export interface JobTiming {
  /** A call stops reading schools after this long (Apps Script stops a run at 6 minutes). */
  chunkMs: number;
  /** Writing the results starts in the same call only if reading took less than this; otherwise in the next. */
  finishWithinMs: number;
  /** A job nobody continued for this long was abandoned (the sidebar was closed): a new one may replace it. */
  abandonedAfterMs: number;
  /** A call reads at most this many schools (the preview reads one, so progress shows school by school). */
  schoolsPerCall?: number;
}

export const DEFAULT_TIMING: JobTiming = { chunkMs: 240_000, finishWithinMs: 150_000, abandonedAfterMs: 90_000 };

/** Everything a job needs between calls; JSON-safe (dates are ISO strings), stored in the workbook. */
export interface JobState extends BuildProgress {
  id: string;
  kind: JobKind;
  /** When a call last worked on the job (ms). */
  touched: number;
  /** A per-school report whose documents are made: the school files written so far. */
  schoolSheets?: SchoolSheetsProgress;
}

const JOB_KEY = 'job';

/** What each job writes when every school is read. */
const OUTPUTS: Record<JobKind, readonly BuildOutput[]> = { check: ['errors'], summary: ['sheets'], report: ['report'] };

const STAGE = {
  reading: 'Проверка листов ОО',
  writing: 'Запись результатов',
  recommendations: 'Запись рекомендаций в таблицы ОО',
} as const;

function loadJob(ports: Ports): JobState | null {
  const text = ports.store.get(JOB_KEY);
  return text === null ? null : (JSON.parse(text) as JobState);
}

function progress(ports: Ports, state: JobState, stage: string): JobProgress {
  if (stage === STAGE.recommendations && state.schoolSheets) {
    const files = schoolFiles(ports, state);
    const done = state.schoolSheets.written;
    return { jobId: state.id, kind: state.kind, stage, school: files[done]?.name ?? null, done, total: files.length };
  }
  const total = state.plan.schools.length;
  const done = state.analyses.length;
  const next = state.plan.schools[done];
  return {
    jobId: state.id,
    kind: state.kind,
    stage,
    school: next && stage === STAGE.reading ? next.name : null,
    done,
    total,
  };
}

function finish(ports: Ports, state: JobState): JobOutcome {
  const published = state.schoolSheets;
  // Documents made by an earlier call are not made again: their links were kept with the job.
  const { result, reportUrl, documentUrls } = published
    ? { ...published, result: districtResult(state.plan, state.analyses) }
    : publishBuild(ports, state, OUTPUTS[state.kind]);
  recordRun(ports.properties, state.kind, ports.clock.stamp(), reportUrl, documentUrls);
  const ctx = panelContext(ports.properties);
  const panel = panelAfterBuild(result, ctx);
  savePanel(ports.store, panel);
  ports.store.remove(JOB_KEY);
  saveLetters(ports, result);
  writeJournal(ports, {
    ...journalBase(ports),
    action: ACTIONS[state.kind],
    ...buildCounts(result),
    made: madeText(state, ctx.mode, documentUrls),
    outcome: JOURNAL_OK,
  });
  const message = outcomeMessage(state.kind, result);
  return {
    kind: state.kind,
    message,
    reportUrl: reportUrl ?? ctx.reportUrl ?? null,
    ...(documentUrls ? { documentUrls } : {}),
    state: { ...panel, journal: lastRuns(ports.store) },
  };
}

/** What a finished job made, in words for `Журнал`. */
function madeText(state: JobState, mode: SetupMode, documents?: DocumentLinks): string {
  if (state.kind === 'report') {
    const docs = documents ? DOCUMENT_KINDS.map((k) => DOCUMENT_LABELS[k]).join(', ') : '';
    return state.schoolSheets ? `${docs}, «${LETTER_SHEET}» в таблицах ОО` : docs;
  }
  if (state.kind === 'summary')
    return `листы ${[SHEET_NAMES.summary, SHEET_NAMES.summaryBySubject, SHEET_NAMES.errors, SHEET_NAMES.coursePlan].map((n) => `«${n}»`).join(', ')}`;
  return mode === 'per-school'
    ? `лист «${SHEET_NAMES.errors}», «${REMARKS_SHEET}» в таблицах ОО`
    : `лист «${SHEET_NAMES.errors}»`;
}

/** Reads schools until the chunk's time is up, then either checkpoints or writes the results; `started` — when the
 *  execution began. */
function advance(ports: Ports, state: JobState, started: number, timing: JobTiming): JobStep {
  const first = state.analyses.length;
  const perCall = timing.schoolsPerCall ?? Number.POSITIVE_INFINITY;
  const enough = () => ports.clock.now() - started >= timing.chunkMs || state.analyses.length - first >= perCall;
  if (!readSchools(ports, state, { markCells: state.kind === 'check', enough }))
    return checkpoint(ports, state, STAGE.reading);
  if (!state.schoolSheets && ports.clock.now() - started >= timing.finishWithinMs) {
    return checkpoint(ports, state, STAGE.writing);
  }
  try {
    if (state.kind === 'report' && schoolFiles(ports, state).length > 0) {
      // Per-school mode: the documents first (their links kept), then each school's `Рекомендации`, in chunks.
      if (!state.schoolSheets) {
        const { reportUrl, documentUrls } = publishBuild(ports, state, OUTPUTS.report);
        state.schoolSheets = { reportUrl, documentUrls, written: 0 };
      }
      const time = () => ports.clock.now() - started >= timing.chunkMs;
      if (!writeSchoolRecommendations(ports, state, state.schoolSheets, time)) {
        return checkpoint(ports, state, STAGE.recommendations);
      }
    }
    return { status: 'done', outcome: finish(ports, state) };
  } catch (e) {
    // Google asked to slow down while the results were written: what was read is kept, the next call writes.
    if (e instanceof BusyError)
      return checkpoint(ports, state, state.schoolSheets ? STAGE.recommendations : STAGE.writing);
    throw e;
  }
}

function checkpoint(ports: Ports, state: JobState, stage: string): JobStep {
  state.touched = ports.clock.now();
  ports.store.set(JOB_KEY, JSON.stringify(state));
  return { status: 'running', progress: progress(ports, state, stage) };
}

export function startJob(ports: Ports, kind: JobKind, timing: JobTiming = DEFAULT_TIMING): JobStep {
  return ports.lock.withLock(() => {
    const started = ports.clock.now();
    const running = loadJob(ports);
    if (running && started - running.touched < timing.abandonedAfterMs) {
      throw new DataError(
        `Уже выполняется «${ACTIONS[running.kind]}» (${running.analyses.length} из ${running.plan.schools.length} ОО). Дождитесь окончания и повторите.`,
      );
    }
    const plan = planBuild(ports);
    const state: JobState = {
      id: `${kind}-${started.toString(36)}-${Math.floor(Math.random() * 1e6).toString(36)}`,
      kind,
      plan,
      analyses: [],
      fileSheetIds: {},
      touched: started,
    };
    // Time budgets count from the start of the execution: the wait for the lock is part of its 6 minutes.
    return advance(ports, state, ports.clock.executionStart(), timing);
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
    const state = loadJob(ports);
    if (!state || state.id !== jobId) {
      throw new DataError('Это задание уже завершено или заменено другим. Запустите действие ещё раз.');
    }
    return advance(ports, state, ports.clock.executionStart(), timing);
  });
}
