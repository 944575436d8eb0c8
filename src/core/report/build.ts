// PLACEHOLDER until the report builder lands: signature only.
import type { BuildResult } from '../district';
import type { Summary } from '../summary';
import type { ReportDoc } from './model';

/** Builds the analytical report (SPEC §9) from a build result; `previous` gives the dynamics section. */
export function buildReport(result: BuildResult, previous?: Summary): ReportDoc {
  void result; void previous;
  throw new Error('buildReport: not implemented yet');
}
