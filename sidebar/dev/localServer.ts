// The preview's stand-in for the Apps Script server: the contract's functions over the offline engine, in memory.
import { analyseFrom, memorySource, planFrom, type SchoolFile, type SheetSource } from '../../src/core/build';
import { SCHOOL_SHEETS, SCHOOL_SHEET_KINDS, schoolSheetName } from '../../src/core/catalogue/sheets';
import type { IsoDate } from '../../src/core/dates';
import { assembleDistrict, findSheet, type BuildResult, type DistrictPlan } from '../../src/core/district';
import type { SchoolAnalysis } from '../../src/core/school/analyse';
import type { SheetData } from '../../src/core/table';
import type {
  CellTarget, DiagnosticsReport, JobKind, JobStep, OpenCellResult, PanelState, ServerFunctionName, ServerFunctions, SetupMode, SetupOutcome,
} from '../../src/shared/contract';
import { outcomeMessage, panelAfterBuild, panelBeforeCheck, type PanelContext } from '../../src/shared/panelView';
import { diagnosticsReport } from '../../src/app/diagnostics';

/** The contract with results that may arrive later: the preview renders the report asynchronously. */
export type AsyncServerFunctions = {
  [K in ServerFunctionName]: (...args: Parameters<ServerFunctions[K]>) => Promise<ReturnType<ServerFunctions[K]>>;
};

/** A file the preview offers for download (the report, instead of a Google Doc in the user's Drive). */
export interface Download {
  name: string;
  type: string;
  bytes: Uint8Array;
}

export interface LocalServerOptions {
  /** The district workbook, as sheets in memory. */
  sheets: SheetData[];
  /** Schools' own spreadsheets by the link in `ОО` → `Таблица`. */
  files?: ReadonlyMap<string, SheetData[]>;
  today: IsoDate;
  /** Absolute URL where a download of this name will be served. */
  downloadUrl: (name: string) => string;
  /** Renders the report of a build; the offline .docx in the preview. */
  renderReport: (result: BuildResult) => Promise<Download>;
  /** Schools analysed per continueJob call; one makes the progress visible school by school. */
  schoolsPerCall?: number;
}

/** The preview's address of a cell in a school's file: the file's page, with the sheet and cell to show. */
export function fileCellUrl(target: CellTarget): string {
  return `${target.file}?sheet=${encodeURIComponent(target.sheet)}&cell=${encodeURIComponent(target.cell)}`;
}

const STAGES = {
  schools: 'Проверка данных ОО',
  assemble: 'Подсчёт показателей района',
  report: 'Формирование справки',
} as const;

interface Job {
  id: string;
  kind: JobKind;
  plan: DistrictPlan;
  analyses: SchoolAnalysis[];
  result: BuildResult | null;
  /** The report stage is announced in one call and done in the next, as a slow Docs render would be. */
  reportAnnounced: boolean;
}

export class LocalServer implements AsyncServerFunctions {
  /** The last cell the panel asked to open: the preview shows it, tests read it. */
  lastOpened: CellTarget | null = null;
  readonly openedHistory: CellTarget[] = [];
  readonly downloads = new Map<string, Download>();

  private sheets: SheetData[];
  private mode: SetupMode = 'shared';
  private lastRun: Partial<Record<JobKind, string>> = {};
  private reportUrl: string | null = null;
  private lastResult: BuildResult | null = null;
  private jobs = new Map<string, Job>();
  private jobCount = 0;

  constructor(private readonly options: LocalServerOptions) {
    this.sheets = [...options.sheets];
  }

  private source(): SheetSource {
    return memorySource(this.sheets);
  }

  private context(): PanelContext {
    return { mode: this.mode, lastRun: this.lastRun, reportUrl: this.reportUrl };
  }

  private state(): PanelState {
    if (this.lastResult) return panelAfterBuild(this.lastResult, this.context());
    const plan = planFrom(this.source(), this.options.today);
    return panelBeforeCheck(plan.settings, plan.schools, this.context());
  }

  async getPanelState(): Promise<PanelState> {
    return this.state();
  }

  /** Adds the missing sheets of every registered school (header row only); what schools typed is never touched. */
  async setupWorkbook(mode: SetupMode): Promise<SetupOutcome> {
    if (mode === 'per-school') {
      return {
        message: 'В предпросмотре отдельные таблицы ОО не создаются: это делает дополнение в Google Таблицах. Данные учебного района остаются в общей таблице.',
        createdSheets: 0,
        createdFiles: 0,
        state: this.state(),
      };
    }
    const plan = planFrom(this.source(), this.options.today);
    let created = 0;
    for (const school of plan.schools) {
      const source = plan.sources[school.code];
      if (source.mode !== 'shared') continue;
      for (const kind of SCHOOL_SHEET_KINDS) {
        if (source.sheets[kind] !== undefined) continue;
        const name = schoolSheetName(school.code, kind);
        if (findSheet(this.sheets.map((s) => s.name), name) !== undefined) continue;
        this.sheets.push({ name, values: [Object.values(SCHOOL_SHEETS[kind].columns).map((c) => c.header)] });
        created++;
      }
    }
    this.mode = 'shared';
    const message = created === 0
      ? `Таблица уже настроена: листы всех ${plan.schools.length} ОО на месте, данные не изменены.`
      : `Таблица настроена: добавлено листов — ${created}. Уже внесённые данные не изменены.`;
    return { message, createdSheets: created, createdFiles: 0, state: this.state() };
  }

  async startJob(kind: JobKind): Promise<JobStep> {
    const plan = planFrom(this.source(), this.options.today);
    const job: Job = { id: `job-${++this.jobCount}`, kind, plan, analyses: [], result: null, reportAnnounced: false };
    this.jobs.set(job.id, job);
    return this.progress(job, STAGES.schools);
  }

  async continueJob(jobId: string): Promise<JobStep> {
    const job = this.jobs.get(jobId);
    if (!job) throw new Error('Задание не найдено: возможно, панель открыли заново. Запустите действие ещё раз.');
    const { plan } = job;
    const source = this.source();
    if (job.analyses.length < plan.schools.length) {
      const chunk = plan.schools.slice(job.analyses.length, job.analyses.length + (this.options.schoolsPerCall ?? 1));
      for (const school of chunk) job.analyses.push(analyseFrom(plan, school, source, this.schoolFile(plan, school.code)));
      if (job.analyses.length < plan.schools.length) return this.progress(job, STAGES.schools);
      return this.progress(job, STAGES.assemble);
    }
    job.result ??= assembleDistrict(plan, job.analyses);
    const result = job.result;
    if (job.kind === 'report') {
      if (!job.reportAnnounced) {
        job.reportAnnounced = true;
        return this.progress(job, STAGES.report);
      }
      const file = await this.options.renderReport(result);
      this.downloads.set(file.name, file);
      this.reportUrl = this.options.downloadUrl(file.name);
    }
    this.jobs.delete(job.id);
    this.lastResult = result;
    this.lastRun = { ...this.lastRun, [job.kind]: new Date().toISOString() };
    return {
      status: 'done',
      outcome: {
        kind: job.kind,
        message: outcomeMessage(job.kind, result),
        reportUrl: job.kind === 'report' ? this.reportUrl : null,
        state: this.state(),
      },
    };
  }

  /** A cell of this workbook is «activated»; a school's file is a page of the preview, opened at the cell. */
  async openCell(target: CellTarget): Promise<OpenCellResult> {
    this.lastOpened = { ...target };
    this.openedHistory.push(this.lastOpened);
    if (!target.file) return { opened: true };
    if (!this.options.files?.has(target.file)) throw new Error(`Таблица ОО «${target.file}» не найдена.`);
    return { opened: false, url: fileCellUrl(target) };
  }

  /** The preview has no Google account to try: «Диагностика» says so as one failed check. */
  async runDiagnostics(): Promise<DiagnosticsReport> {
    return diagnosticsReport([{
      title: 'Аккаунт Google',
      ok: false,
      detail: 'в предпросмотре нет Google: диагностику запускают в таблице района (меню PedMonitor → «Диагностика»).',
    }]);
  }

  /** A sheet of a school's own file, for the preview's read-only view of it. */
  fileSheet(link: string, sheet: string): SheetData | null {
    return this.options.files?.get(link)?.find((s) => s.name === sheet) ?? null;
  }

  /** What an adapter would have opened for a school that keeps its own file. */
  private schoolFile(plan: DistrictPlan, code: string): SchoolFile | undefined {
    const source = plan.sources[code];
    if (source.mode !== 'file') return undefined;
    const sheets = this.options.files?.get(source.link);
    return sheets ? { ok: true, sheets } : { ok: false, reason: 'файл не найден или к нему нет доступа.' };
  }

  private progress(job: Job, stage: string): JobStep {
    const total = job.plan.schools.length;
    const done = job.analyses.length;
    const next = done < total && stage === STAGES.schools ? job.plan.schools[done].name : null;
    return { status: 'running', progress: { jobId: job.id, kind: job.kind, stage, school: next, done, total } };
  }
}
