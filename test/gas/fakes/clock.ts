// Simulated time of one Apps Script execution: each service call costs a plausible time, a sleep costs its argument,
// and past 360 s Google kills the run — every later call of that execution throws, as nothing runs after a kill.
import type { Call } from './recorder';

/** Apps Script stops an execution after 6 minutes. */
export const KILL_AFTER_MS = 360_000;
export const KILLED = 'Exceeded maximum execution time';

/**
 * What a call costs, in ms: plausible round trips as measured by Apps Script users (a call that reaches Google's
 * servers ~100–800 ms; creating a file seconds), not a promise. Calls that stay in the script's memory until a flush
 * (getRange, setters of a range) cost little; computation between calls is not counted — hence the 30 s margin
 * the add-on keeps below the limit.
 */
export const COSTS: Record<string, number> = {
  'SpreadsheetApp.create': 2_500,
  'SpreadsheetApp.openById': 800,
  'SpreadsheetApp.flush': 500,
  'SpreadsheetApp.getActiveSpreadsheet': 50,
  'Spreadsheet.insertSheet': 600,
  'Spreadsheet.deleteSheet': 400,
  'Spreadsheet.getEditors': 500,
  'Spreadsheet.addEditors': 1_500,
  'Spreadsheet.getSheets': 150,
  'Spreadsheet.getSheetByName': 100,
  'Range.getValues': 300,
  'Range.getBackgrounds': 300,
  'Range.getNotes': 300,
  'Sheet.getLastRow': 150,
  'Sheet.getLastColumn': 150,
  'Sheet.getMaxRows': 150,
  'Sheet.getMaxColumns': 150,
  'Sheet.insertRowsAfter': 300,
  'Sheet.insertColumnsAfter': 300,
  'Sheet.protect': 300,
  'Sheet.getProtections': 300,
  'Sheet.insertChart': 500,
  'Protection.getEditors': 300,
  'Protection.removeEditors': 300,
  'Protection.addEditors': 300,
  'EmbeddedChart.getAs': 2_000,
  'Sheets.Spreadsheets.get': 600,
  'Sheets.Spreadsheets.batchUpdate': 1_000,
  'Drive.Files.update': 700,
  'MailApp.sendEmail': 1_000,
  'MailApp.getRemainingDailyQuota': 200,
  'Sheet.appendRow': 300,
  'DocumentApp.create': 2_000,
  'Document.saveAndClose': 1_500,
  'Document.getUrl': 100,
  'Lock.tryLock': 50,
  'Properties.getProperty': 50,
  'Properties.setProperty': 100,
  'PropertiesService.getDocumentProperties': 50,
  /** A question in a dialog: the user reads it and clicks. */
  'Ui.alert': 10_000,
};
/** Any other call: a setter kept until the flush, a Docs body edit, a menu item. */
export const DEFAULT_COST = 20;

export class SimulatedClock {
  /** Epoch ms the simulation started at (every execution continues from there). */
  private total = 0;
  /** This execution's elapsed ms. */
  elapsed = 0;
  killed = false;
  /** The longest execution so far. */
  longest = 0;

  constructor(readonly startEpoch = Date.UTC(2021, 10, 15, 7, 0, 0)) {}

  now(): number {
    return this.startEpoch + this.total;
  }

  /** A new execution: a new 6-minute allowance. */
  startExecution(): void {
    this.elapsed = 0;
    this.killed = false;
  }

  /** Time passes outside any execution (a user thinking, the sidebar idle between calls). */
  idle(ms: number): void {
    this.total += ms;
  }

  /** Time stands still (a call-budget count needs one execution however long it would take). */
  paused = false;

  spend(ms: number): void {
    if (this.paused) return;
    if (this.killed) throw new Error(KILLED);
    this.total += ms;
    this.elapsed += ms;
    this.longest = Math.max(this.longest, this.elapsed);
    if (this.elapsed > KILL_AFTER_MS) {
      this.killed = true;
      throw new Error(KILLED);
    }
  }

  /** The cost of one recorded call; a question alert costs the user's click, a message alert at the end nothing. */
  charge(call: Call, args: unknown[]): void {
    const key = `${call.on}.${call.method}`;
    if (key === 'Ui.alert' && args.length < 3) return this.spend(0);
    if (key === 'Utilities.sleep') return this.spend(Number(args[0]));
    this.spend(COSTS[key] ?? DEFAULT_COST);
  }
}
