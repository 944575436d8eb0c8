// A scripted district year run through the built dist/Code.js on the fakes, recording what Google would see.
// Users: the owner, a colleague methodologist and a school's editor (and, per school, the files the owner made).
import { PARAMETERS } from '../../../src/core/catalogue/parameters';
import { SHEET_NAMES } from '../../../src/core/catalogue/sheets';
import type { SheetData } from '../../../src/core/table';
import type { SetupMode } from '../../../src/shared/contract';
import { generateDistrict, SAMPLE_OPTIONS } from '../../../tools/sample/district';
import { COLLEAGUE, OWNER, SCHOOL_EDITOR } from '../fakes/access';
import { FakeGoogle } from '../fakes/google';
import type { FakeSpreadsheet } from '../fakes/spreadsheet';
import { fill, loadAddon, type Addon } from '../harness';

export interface TraceLog {
  sheetsApi: { method: string; spreadsheetId: string; resource: unknown; optionalArgs: unknown }[];
  ranges: {
    spreadsheetId: string;
    sheet: string;
    row: number;
    column: number;
    numRows: number;
    numColumns: number;
    maxRows: number;
    maxColumns: number;
  }[];
  executions: {
    function: string;
    user: string;
    mode: SetupMode;
    simulatedMs: number;
    ok: boolean;
    error: string | null;
  }[];
}

const SCHOOLS = 6;

/** Sets one parameter's value on `Параметры` (a methodologist typing it). */
function setParameter(book: FakeSpreadsheet, key: string, value: string): void {
  const sheet = book.sheet(SHEET_NAMES.parameters);
  const rows = sheet.grid();
  const at = rows.findIndex((r) => r[0] === key);
  const row = at >= 0 ? at + 1 : rows.length + 1;
  sheet.ensure(row, 1).value = key;
  sheet.ensure(row, 2).value = value;
}

/** Runs an entry point; a refusal is part of the story (it is recorded with its message), not the end of it. */
function attempt(work: () => unknown): void {
  try {
    work();
  } catch {
    // Recorded by the harness as an execution with ok: false.
  }
}

/** A panel button: the call, then its continuations until the job is done or refused. */
function panelJob(addon: Addon, kind: 'check' | 'summary' | 'report'): void {
  attempt(() => {
    let step = addon.startJob(kind);
    for (let i = 0; step.status === 'running' && i < 50; i++) step = addon.continueJob(step.progress.jobId);
  });
}

function setup(addon: Addon, mode: SetupMode): void {
  attempt(() => {
    for (let i = 0; i < 10 && (addon.setupWorkbook(mode).pending ?? 0) > 0; i++);
  });
}

/** Schools type their sheets: into the shared workbook, or into the file the add-on made for each. */
function schoolsFillIn(google: FakeGoogle, mode: SetupMode, schoolSheets: SheetData[]): void {
  const registry = google.active.sheet(SHEET_NAMES.registry).grid();
  const linkColumn = (registry[0] as string[]).indexOf('Таблица');
  for (const s of schoolSheets) {
    const code = s.name.slice(0, 2);
    if (mode === 'shared') {
      const sheet = google.active.getSheetByName(s.name);
      if (sheet) fill(sheet, s.values);
      continue;
    }
    const row = registry.find((r) => r[0] === code);
    const file = row ? google.byUrl(String(row[linkColumn])) : undefined;
    const sheet = file?.getSheetByName(s.name.slice(3));
    if (sheet) fill(sheet, s.values);
  }
}

/** The year: setup, schools filling in, a check, the summary, the report, a school's own check, a second summary. */
export function runYear(code: string, mode: SetupMode, log: TraceLog): void {
  const google = new FakeGoogle();
  google.sheetsApi.onCall = (entry) => log.sheetsApi.push(JSON.parse(JSON.stringify(entry)));
  google.onRange = (r) =>
    log.ranges.push({
      spreadsheetId: r.sheet.book.id,
      sheet: r.sheet.name,
      row: r.row,
      column: r.column,
      numRows: r.rows,
      numColumns: r.columns,
      maxRows: r.sheet.maxRows,
      maxColumns: r.sheet.maxColumns,
    });
  const addon = loadAddon(google, code);
  const as = (user: string) => {
    google.session.user = user;
    google.clock.idle(60_000);
  };
  const options = { ...SAMPLE_OPTIONS, schools: SCHOOLS, teachersPerSchool: 8, notSubmitted: 0, handmade: false };
  const sample = generateDistrict(options);
  const sheet = (name: string) => sample.district.find((s) => s.name === name) as SheetData;

  as(OWNER);
  addon.onOpen({ authMode: 'FULL' });
  attempt(() => addon.runDiagnostics());
  setup(addon, mode);
  fill(google.active.sheet(SHEET_NAMES.parameters), sheet(SHEET_NAMES.parameters).values);
  fill(google.active.sheet(SHEET_NAMES.registry), sheet(SHEET_NAMES.registry).values);
  setParameter(google.active, PARAMETERS.methodologists.key, COLLEAGUE);
  google.active.addEditors([COLLEAGUE]);
  setup(addon, mode);

  schoolsFillIn(
    google,
    mode,
    sample.district.filter((s) => /^\d\d /.test(s.name)),
  );

  as(COLLEAGUE);
  addon.onOpen({ authMode: 'FULL' });
  attempt(() => addon.getPanelState());
  attempt(() => addon.runDiagnostics());
  panelJob(addon, 'check');
  as(OWNER);
  attempt(() => addon.getPanelState());
  panelJob(addon, 'summary');
  as(COLLEAGUE);
  panelJob(addon, 'report');
  attempt(() => addon.getPanelState());

  as(SCHOOL_EDITOR);
  addon.onOpen({ authMode: 'FULL' });
  attempt(() => addon.menuCheck());
  attempt(() => addon.getPanelState());
  panelJob(addon, 'summary');

  as(OWNER);
  setParameter(google.active, PARAMETERS.periodStart.key, '01.09.2021');
  setParameter(google.active, PARAMETERS.periodEnd.key, '31.08.2022');
  panelJob(addon, 'summary');

  for (const e of google.executions) {
    const { simulatedMs, ok, error } = e;
    log.executions.push({ function: e.function, user: e.user, mode, simulatedMs, ok, error });
  }
}
