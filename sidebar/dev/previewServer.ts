// The preview's server: the add-on's own createServer over in-memory ports, one school per call.
import type { ReleasePort } from '../../src/app/about';
import { DEFAULT_TIMING } from '../../src/app/jobs';
import { createServer } from '../../src/app/server';
import { DEFAULT_SETUP_TIMING } from '../../src/app/setup';
import type { IsoDate } from '../../src/core/dates';
import type { ReportDoc } from '../../src/core/report/model';
import type { SheetData } from '../../src/core/table';
import { memoryPorts, type MemoryPorts } from '../../src/local/memory/ports';
import type { CellTarget, OpenCellResult, ServerFunctions } from '../../src/shared/contract';

/** A file the preview offers for download (the report, instead of a Google Doc in the user's Drive). */
export interface Download {
  name: string;
  type: string;
  bytes: Uint8Array;
}

export interface PreviewServerOptions {
  /** The district workbook, as sheets in memory. */
  sheets: SheetData[];
  /** Schools' own spreadsheets by the link in `ОО` → `Таблица`. */
  files?: ReadonlyMap<string, SheetData[]>;
  today: IsoDate;
  /** Absolute URL where a download of this name will be served. */
  downloadUrl: (name: string) => string;
  /** Link of the n-th school file that «Настроить таблицу» creates in per-school mode. */
  newFileLink?: (n: number) => string;
  /** Renders a report document for download; the offline .docx in the preview. */
  renderReport: (doc: ReportDoc) => Promise<Download>;
  /** «О программе»: this build's version and the one a pretend template publishes. */
  release?: PreviewRelease;
}

export interface PreviewRelease {
  version: string;
  /** null — the preview has no template, as a build that knows none. */
  templateVersion: string | null;
}

/** The preview's pretend template: any well-formed id will do, nothing is opened. */
const PREVIEW_TEMPLATE_ID = '1PedMonitorPreviewTemplate0000000000';

/** The add-on's «О программе» logic over a template that publishes `templateVersion`. */
function previewRelease(release: PreviewRelease): ReleasePort {
  return {
    version: release.version,
    templateId: release.templateVersion === null ? null : PREVIEW_TEMPLATE_ID,
    isTemplate: () => false,
    publishedVersion: () => release.templateVersion,
    publish: () => undefined,
  };
}

/** The preview's address of a cell in a school's file: the file's page, with the sheet and cell to show. */
export function fileCellUrl(target: CellTarget): string {
  return `${target.file}?sheet=${encodeURIComponent(target.sheet)}&cell=${encodeURIComponent(target.cell)}`;
}

export class PreviewServer {
  readonly ports: MemoryPorts;
  /** The contract's functions as the add-on runs them; openCell also recorded for the preview's strip. */
  readonly functions: ServerFunctions;
  readonly openedHistory: CellTarget[] = [];
  /** Letters «Напомнить школам» sent in the preview. */
  readonly sentLetters: { to: string[]; subject: string }[] = [];

  constructor(private readonly options: PreviewServerOptions) {
    const files = new Map(
      [...(options.files ?? new Map<string, SheetData[]>())].map(([link, sheets]) => [
        link,
        { ok: true as const, sheets },
      ]),
    );
    this.ports = memoryPorts({
      sheets: options.sheets,
      files,
      today: options.today,
      url: 'preview:district',
      newFileLink: options.newFileLink,
      documentUrl: (doc) => options.downloadUrl(`${doc.fileName}.docx`),
    });
    if (options.release) this.ports.release = previewRelease(options.release);
    // No Google mail here: letters «sent» from the preview are kept in memory (and shown in the page's strip).
    this.ports.mail = {
      remainingDailyQuota: () => 100 - this.sentLetters.length,
      send: (to, subject) => {
        this.sentLetters.push({ to: [...to], subject });
      },
    };
    // One school per call, so the panel's progress shows each school as it would in a large district.
    const server = createServer(this.ports, {
      job: { ...DEFAULT_TIMING, schoolsPerCall: 1 },
      setup: DEFAULT_SETUP_TIMING,
    });
    this.functions = { ...server, openCell: (target) => this.openCell(server, target) };
  }

  /** The last cell the panel asked to open: the preview shows it, tests read it. */
  get lastOpened(): CellTarget | null {
    return this.openedHistory[this.openedHistory.length - 1] ?? null;
  }

  /** A school file has no Google address here: its page in the preview is opened at the cell instead. */
  private openCell(server: ServerFunctions, target: CellTarget): OpenCellResult {
    this.openedHistory.push({ ...target });
    const result = server.openCell(target);
    return target.file !== undefined && !result.opened ? { opened: false, url: fileCellUrl(target) } : result;
  }

  /** A sheet of a school's own file, for the preview's read-only view of it. */
  fileSheet(link: string, sheet: string): SheetData | null {
    const file = this.ports.files.file(link);
    return file && file.sheetId(sheet) !== null ? file.read(sheet) : null;
  }

  /** The report the server created under this name, rendered for download; null when there is none. */
  async download(name: string): Promise<Download | null> {
    const doc = this.ports.documents.created.get(this.options.downloadUrl(name));
    return doc ? this.options.renderReport(doc) : null;
  }
}
