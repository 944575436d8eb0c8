// Drives one server job chunk by chunk: startJob, then continueJob until the server says it is done.
import type { JobKind, JobOutcome, JobProgress } from '../src/shared/contract';
import type { Call } from './call';

/**
 * A server that keeps answering «running» without moving is a bug, not a slow district: stop after
 * this many calls without progress rather than spin forever in the methodologist's browser.
 */
export const STALL_LIMIT = 50;

export async function runJob(call: Call, kind: JobKind, onProgress: (p: JobProgress) => void): Promise<JobOutcome> {
  let step = await call('startJob', kind);
  let stalled = 0;
  let last = '';
  while (step.status === 'running') {
    const p = step.progress;
    onProgress(p);
    const mark = `${p.stage}|${p.school ?? ''}|${p.done}|${p.total}`;
    stalled = mark === last ? stalled + 1 : 0;
    last = mark;
    if (stalled >= STALL_LIMIT)
      throw new Error('Сервер перестал продвигаться в работе. Обновите панель и запустите действие снова.');
    step = await call('continueJob', p.jobId);
  }
  return step.outcome;
}
