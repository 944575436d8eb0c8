// How long one Apps Script execution may work: Google kills a run at 6 minutes; the add-on ends every one by 330 s,
// its work checkpointed. All times count from the start of the execution, the lock wait included.

/** Apps Script stops an execution after this long; whatever was not checkpointed is lost. */
const KILLED_AFTER_MS = 360_000;
/** Every execution ends by this: 30 s below the kill, for computation between calls and a slow last call. */
export const END_BY_MS = KILLED_AFTER_MS - 30_000;
/** A wait for Google's per-minute quota is started only if it ends by this: a call and a checkpoint still fit after. */
export const WAIT_UNTIL_MS = 270_000;

/** Whether a quota wait of `waitMs` may start `elapsedMs` into the execution. */
export function mayWait(elapsedMs: number, waitMs: number): boolean {
  return elapsedMs + waitMs <= WAIT_UNTIL_MS;
}
