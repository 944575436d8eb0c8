// The add-on's ports in memory: the CLI and the preview run the add-on's server code over these.
import type {
  ClockPort,
  DocumentsPort,
  FilesPort,
  OpenedFile,
  Ports,
  PropertiesPort,
  SpreadsheetPort,
  StorePort,
} from '../../app/ports';
import type { IsoDate } from '../../core/dates';
import type { ReportDoc } from '../../core/report/model';
import type { SchoolFile } from '../../core/schoolSheets';
import type { SheetData } from '../../core/table';
import { MemorySpreadsheet } from './spreadsheet';

/** Key → text, as the workbook's store and the document's properties keep it. */
export class MemoryStore implements StorePort, PropertiesPort {
  private readonly entries = new Map<string, string>();

  get(key: string): string | null {
    return this.entries.get(key) ?? null;
  }

  set(key: string, value: string): void {
    this.entries.set(key, value);
  }

  remove(key: string): void {
    this.entries.delete(key);
  }

  keys(): string[] {
    return [...this.entries.keys()];
  }
}

/** School files by the link in `ОО` → `Таблица`; a link nobody gave is a file that cannot be opened. */
export class MemoryFiles implements FilesPort {
  private readonly files: Map<string, SchoolFile>;
  private readonly opened = new Map<string, MemorySpreadsheet>();
  private created = 0;

  constructor(
    files: ReadonlyMap<string, SchoolFile>,
    private readonly newLink: (n: number) => string,
  ) {
    this.files = new Map(files);
  }

  /** Link → the file on disk it leads to, as the CLI found it (two spellings of one path, a hard link). */
  private readonly ids = new Map<string, string>();

  /** A school file read after the ports were made (the CLI reads the files the plan names). */
  add(link: string, file: SchoolFile, id?: string): void {
    this.files.set(link, file);
    if (id !== undefined) this.ids.set(link, id);
  }

  identity(link: string): string | null {
    return this.ids.get(link) ?? (this.files.has(link) ? `link:${link}` : null);
  }

  open(link: string): OpenedFile {
    const known = this.opened.get(link);
    if (known) return { ok: true, file: known };
    const file = this.files.get(link);
    if (!file) return { ok: false, reason: 'файл не найден или к нему нет доступа.' };
    if (!file.ok) return { ok: false, reason: file.reason };
    const opened = new MemorySpreadsheet(link, file.sheets);
    this.opened.set(link, opened);
    return { ok: true, file: opened };
  }

  /** In memory there is nothing to fetch: the same as open. */
  openSheetList(link: string): OpenedFile {
    return this.open(link);
  }

  create(_name: string, firstSheet: string): SpreadsheetPort {
    const file = new MemorySpreadsheet(this.newLink(++this.created), [{ name: firstSheet, values: [] }]);
    this.opened.set(file.url, file);
    return file;
  }

  /** A file opened or created so far (the preview shows its sheets). */
  file(link: string): MemorySpreadsheet | undefined {
    return this.opened.get(link) ?? (this.open(link).ok ? this.opened.get(link) : undefined);
  }
}

/** Report documents by URL: a writer renders them afterwards (.docx). */
export class MemoryDocuments implements DocumentsPort {
  readonly created = new Map<string, ReportDoc>();

  constructor(private readonly url: (doc: ReportDoc) => string) {}

  create(doc: ReportDoc): string {
    const url = this.url(doc);
    this.created.set(url, doc);
    return url;
  }
}

export interface MemoryWorkbook {
  /** The district workbook's sheets. */
  sheets: readonly SheetData[];
  /** Schools' own files by their link; a failure carries the reason. */
  files?: ReadonlyMap<string, SchoolFile>;
  today: IsoDate;
  /** Where the district workbook is (a path or an address); default `memory:district`. */
  url?: string;
  /** Link of the n-th school file «Настроить таблицу» creates. */
  newFileLink?: (n: number) => string;
  /** URL of a report document; default `memory:<file name>`. */
  documentUrl?: (doc: ReportDoc) => string;
  /** Milliseconds for time budgets; default the real clock. */
  now?: () => number;
}

export interface MemoryPorts extends Ports {
  district: MemorySpreadsheet;
  files: MemoryFiles;
  store: MemoryStore;
  properties: MemoryStore;
  documents: MemoryDocuments;
}

export function memoryPorts(w: MemoryWorkbook): MemoryPorts {
  const now = w.now ?? (() => Date.now());
  const begun = now();
  const clock: ClockPort = {
    now,
    today: () => w.today,
    stamp: () => new Date(now()).toISOString(),
    executionStart: () => begun,
  };
  return {
    district: new MemorySpreadsheet(w.url ?? 'memory:district', w.sheets),
    files: new MemoryFiles(w.files ?? new Map(), w.newFileLink ?? ((n) => `memory:school-file-${n}`)),
    store: new MemoryStore(),
    properties: new MemoryStore(),
    documents: new MemoryDocuments(w.documentUrl ?? ((doc) => `memory:${doc.fileName}`)),
    lock: { withLock: (work) => work() },
    clock,
    // No Google account here: «Диагностика» says so as one failed check.
    diagnostics: {
      run: () => [
        {
          title: 'Аккаунт Google',
          ok: false,
          detail:
            'без Google нечего проверять: диагностику запускают в таблице района '
            + '(меню PedMonitor → «Диагностика»).',
        },
      ],
    },
  };
}
