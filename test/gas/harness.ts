// Builds dist/ once per test file and runs its Code.js in a Node vm context with the fake Google as globals.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import type {
  CellTarget,
  DiagnosticsReport,
  JobKind,
  JobStep,
  OpenCellResult,
  PanelState,
  SetupMode,
  SetupOutcome,
} from '../../src/shared/contract';
import type { SheetData } from '../../src/core/table';
import type { FakeGoogle } from './fakes/google';
import { ENTRY_POINTS } from '../../src/gas/entryPoints';
import type { FakeSheet } from './fakes/sheet';
import type { FakeSpreadsheet } from './fakes/spreadsheet';

export interface Addon {
  onOpen(e?: unknown): void;
  onInstall(e?: unknown): void;
  showSidebar(): void;
  menuSetup(): void;
  menuCheck(): void;
  menuSummary(): void;
  menuReport(): void;
  menuRegion(): void;
  getPanelState(): PanelState;
  setupWorkbook(mode: SetupMode, teacherIds?: 'code' | 'name'): SetupOutcome;
  startJob(kind: JobKind): JobStep;
  continueJob(jobId: string): JobStep;
  openCell(target: CellTarget): OpenCellResult;
  runDiagnostics(): DiagnosticsReport;
  menuDiagnostics(): void;
}

/** Runs `npm run build`'s script into a temporary folder; returns the folder. */
export function buildDist(): string {
  const out = mkdtempSync(join(tmpdir(), 'pedmonitor-dist-'));
  execFileSync(process.execPath, [join(__dirname, '../../scripts/build-gas.mjs'), '--out', out], { stdio: 'pipe' });
  return out;
}

export function readCode(dist: string): string {
  return readFileSync(join(dist, 'Code.js'), 'utf8');
}

/** A fresh V8 context holding only the fakes and the bundle, as Apps Script would run it. */
export function loadAddon(google: FakeGoogle, code: string): Addon & { context: vm.Context } {
  const context = vm.createContext({});
  const realmDate = vm.runInContext('Date', context) as DateConstructor;
  // The add-on's time budgets read Date.now: in the fake it is the simulated clock.
  realmDate.now = () => google.clock.now();
  google.setDateCtor(realmDate);
  Object.assign(context, google.globals());
  vm.runInContext(code, context, { filename: 'Code.js' });
  // Each call of an entry point is one execution: its own 6 minutes on the simulated clock, recorded.
  const globals = context as Record<string, unknown>;
  for (const name of ENTRY_POINTS) {
    const entry = globals[name] as (...args: unknown[]) => unknown;
    globals[name] = (...args: unknown[]) => google.execute(name, () => entry(...args));
  }
  return Object.assign(context as unknown as Addon, { context });
}

/** What crosses google.script.run: plain JSON. */
export function json<T>(x: T): T {
  return JSON.parse(JSON.stringify(x)) as T;
}

/** Runs a job through every chunk, as the sidebar does. */
export function runJob(addon: Addon, kind: JobKind): Extract<JobStep, { status: 'done' }>['outcome'] {
  let step = json(addon.startJob(kind));
  for (let i = 0; step.status === 'running'; i++) {
    if (i > 1000) throw new Error('job never finished');
    step = json(addon.continueJob(step.progress.jobId));
  }
  return step.outcome;
}

const MOSCOW_MS = 3 * 3600 * 1000;

/** Puts a grid on a sheet as people typed it (values only; notes, rules and protections stay). Dates become
 *  what Sheets stores: the instant of midnight in Moscow. */
export function fill(sheet: FakeSheet, grid: SheetData['values']): void {
  for (const row of sheet.cells)
    for (const cell of row) {
      cell.value = '';
      cell.formula = undefined;
    }
  grid.forEach((row, i) =>
    row.forEach((v, j) => {
      if (v === null || v === undefined) return;
      sheet.ensure(i + 1, j + 1).value = v instanceof Date ? new Date(v.getTime() - MOSCOW_MS) : v;
    }),
  );
}

/** Loads sheets straight into a spreadsheet (creating them), as if they had been typed in earlier. */
export function loadSheets(ss: FakeSpreadsheet, sheets: readonly SheetData[]): void {
  for (const s of sheets) fill(ss.getSheetByName(s.name) ?? ss.insertSheet(s.name), s.values);
}
