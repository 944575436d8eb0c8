// The current Apps Script execution: when it started, so a quota wait never runs it into Google's 6-minute kill.
import { mayWait } from '../app/executionBudget';

let startedAt = Date.now();

/** A new call of the add-on (an entry point) begins: its time budget starts now. */
export function startExecution(): void {
  startedAt = Date.now();
}

export function executionStart(): number {
  return startedAt;
}

/** Whether waiting `ms` for the quota still leaves room to finish this execution safely. */
export function mayWaitNow(ms: number): boolean {
  return mayWait(Date.now() - startedAt, ms);
}
