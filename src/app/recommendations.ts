// After «Сформировать отчёт» in per-school mode: each school's own file gets its `Рекомендации`, in chunks.
import { districtResult } from '../core/districtResult';
import { recommendationSheets } from '../core/layout/letterSheet';
import type { School } from '../core/registry';
import { earlierSchoolWithSameFile } from '../core/sameFile';
import type { DocumentLinks } from '../shared/contract';
import type { BuildProgress } from './pipeline';
import type { Ports } from './ports';
import { replaceSchoolSheet } from './schoolRead';

/** A report whose documents are made and whose school files are being written; JSON-safe, kept in the job. */
export interface SchoolSheetsProgress {
  reportUrl?: string;
  documentUrls?: DocumentLinks;
  /** How many of `schoolFiles(plan)` are written (or skipped: no file, no edit access). */
  written: number;
}

/** Schools with their own file, in registry order; a second registry row with the same file is left out. */
export function schoolFiles(ports: Ports, build: BuildProgress): School[] {
  const { plan } = build;
  return plan.schools.filter(
    (s) =>
      plan.locations[s.code]?.mode === 'file'
      && !earlierSchoolWithSameFile(plan, s, (link) => ports.files.identity(link)),
  );
}

/**
 * Writes `Рекомендации` into the next school files until `enough` (asked before each); true when all are written.
 * One open and one replaceSheets per school: O(schools) calls. A file that does not open, or that the user may
 * only view, is passed over quietly, like `Замечания`: the letter goes to the school by the usual route anyway.
 * Google's «slow down» (BusyError) propagates: the job checkpoints and the next call retries this school.
 */
export function writeSchoolRecommendations(
  ports: Ports,
  build: BuildProgress,
  progress: SchoolSheetsProgress,
  enough: () => boolean,
): boolean {
  const schools = schoolFiles(ports, build);
  if (progress.written >= schools.length) return true;
  const result = districtResult(build.plan, build.analyses);
  const batch = schools.slice(progress.written);
  const models = recommendationSheets(
    result,
    batch.map((s) => s.code),
  );
  for (const [i, school] of batch.entries()) {
    if (enough()) return false;
    const location = build.plan.locations[school.code];
    const opened = location.mode === 'file' ? ports.files.open(location.link) : null;
    if (opened?.ok) replaceSchoolSheet(opened.file, models[i]);
    progress.written++;
  }
  return true;
}
