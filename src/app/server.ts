// The sidebar's server functions (src/shared/contract.ts) over the ports: what every entry point calls.
import { ACTIONS } from '../core/catalogue/labels';
import { canonicalIndicator, planWorkbook } from '../core/plan';
import { DataError } from '../core/errors';
import { readSettings } from '../core/settings';
import type {
  CellTarget,
  JobKind,
  OpenCellResult,
  PanelState,
  ServerFunctions,
  SetupMode,
  TeacherIdsChoice,
} from '../shared/contract';
import { panelBeforeCheck } from './panelView';
import { continueJob, DEFAULT_TIMING, startJob, type JobTiming } from './jobs';
import { aboutInfo, type ReleasePort } from './about';
import { cellUrl } from './links';
import { panelContext, readPanel } from './panelMemory';
import type { Ports } from './ports';
import { DEFAULT_SETUP_TIMING, runSetup, type SetupTiming } from './setup';
import { diagnosticsReport } from './diagnostics';
import { checkOwnSchool, requireMethodologist, roleOf } from './roles';
import { journalBase, journalFailure, lastRuns, writeJournal } from './journal';
import { JOURNAL_OK, NO_COUNTS } from '../core/journal';
import { previewReminders, sendReminders } from './reminders';

/** Letters are sent until this long after the execution began (Apps Script stops a run at 6 minutes). */
const SEND_WITHIN_MS = 300_000;

const JOB_KINDS: readonly JobKind[] = ['check', 'summary', 'report'];
const MODES: readonly SetupMode[] = ['shared', 'per-school'];
const TEACHER_IDS_CHOICES: readonly TeacherIdsChoice[] = ['code', 'name'];

export interface ServerTiming {
  job: JobTiming;
  setup: SetupTiming;
}

/** The panel: the last check's view if there was one, otherwise what the registry says; the journal's last runs. */
function panelState(ports: Ports): PanelState {
  return { ...panelWithoutJournal(ports), journal: lastRuns(ports.store) };
}

function panelWithoutJournal(ports: Ports): PanelState {
  const ctx = panelContext(ports.properties);
  const stored = readPanel(ports.store, ctx);
  if (stored) return stored;
  try {
    const plan = planWorkbook(ports.district, ports.clock.today());
    return panelBeforeCheck(plan.settings, plan.schools, ctx);
  } catch (e) {
    if (!(e instanceof DataError)) throw e;
    // A workbook that was never set up: no registry yet.
    return panelBeforeCheck(readSettings(undefined, ports.clock.today(), canonicalIndicator).settings, [], ctx);
  }
}

function openCell(ports: Ports, target: CellTarget): OpenCellResult {
  if (target.file !== undefined) {
    const opened = ports.files.open(target.file);
    if (!opened.ok) throw new DataError(`Таблицу ОО не удалось открыть: ${opened.reason}`);
    const id = opened.file.sheetId(target.sheet);
    return { opened: false, url: id === null ? opened.file.url : cellUrl(id, target.cell, opened.file.url) };
  }
  if (!ports.district.activate(target.sheet, target.cell)) {
    throw new DataError(
      `Лист «${target.sheet}» не найден: возможно, его переименовали или удалили. Запустите «${ACTIONS.check}» ещё раз.`,
    );
  }
  return { opened: true };
}

/** Arguments arrive from the browser: check them before trusting them. */
function checked<T extends string>(value: unknown, allowed: readonly T[], what: string): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new DataError(`Неизвестное значение «${String(value)}» (${what}). Обновите панель и повторите.`);
}

/** A server whose ports know no release: a build that was not told its version. */
const UNRELEASED: ReleasePort = {
  version: 'dev',
  templateId: null,
  isTemplate: () => false,
  publishedVersion: () => null,
  publish: () => undefined,
};

export function createServer(
  ports: Ports,
  timing: ServerTiming = { job: DEFAULT_TIMING, setup: DEFAULT_SETUP_TIMING },
): ServerFunctions {
  return {
    getPanelState: () => panelState(ports),
    setupWorkbook: (mode, teacherIds) => {
      requireMethodologist(ports);
      const ids =
        teacherIds === undefined ? undefined : checked(teacherIds, TEACHER_IDS_CHOICES, 'как обозначать педагогов');
      const outcome = journalFailure(ports, ACTIONS.setup, () =>
        runSetup(ports, checked(mode, MODES, 'режим'), timing.setup, ids),
      );
      writeJournal(ports, {
        ...journalBase(ports),
        action: ACTIONS.setup,
        ...NO_COUNTS,
        made: outcome.message,
        outcome: JOURNAL_OK,
      });
      return { ...outcome, state: panelState(ports) };
    },
    startJob: (kind) => {
      const job = checked(kind, JOB_KINDS, 'действие');
      // A school's editor checks its own sheets; everything else is the methodologists'.
      const role = roleOf(ports.district);
      if (role.kind === 'school' && job === 'check') return checkOwnSchool(ports, role.sheets);
      requireMethodologist(ports);
      return journalFailure(ports, ACTIONS[job], () => startJob(ports, job, timing.job));
    },
    continueJob: (jobId) => {
      requireMethodologist(ports);
      const kind = JOB_KINDS.find((k) => String(jobId).startsWith(`${k}-`)) ?? 'check';
      return journalFailure(ports, ACTIONS[kind], () => continueJob(ports, String(jobId), timing.job));
    },
    previewReminders: () => {
      requireMethodologist(ports);
      return previewReminders(ports);
    },
    sendReminders: () => {
      requireMethodologist(ports);
      const sent = journalFailure(ports, ACTIONS.remind, () =>
        ports.lock.withLock(() => sendReminders(ports, ports.clock.executionStart() + SEND_WITHIN_MS)),
      );
      const done = sent.results.filter((r) => r.sent).length;
      writeJournal(ports, {
        ...journalBase(ports),
        action: ACTIONS.remind,
        ...NO_COUNTS,
        made: `писем отправлено ${done} из ${sent.results.length}`,
        outcome: JOURNAL_OK,
      });
      return { ...sent, state: panelState(ports) };
    },
    openCell: (target) => openCell(ports, target),
    runDiagnostics: () => diagnosticsReport(ports.diagnostics.run()),
    getAbout: () => aboutInfo(ports.release ?? UNRELEASED),
  };
}
