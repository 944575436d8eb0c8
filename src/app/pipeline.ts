// The one build, over the ports: plan (`Параметры`, `ОО`) → each school → district sums → the outputs asked for.
import { SHEET_NAMES } from '../core/catalogue/sheets';
import { districtResult, type BuildResult } from '../core/districtResult';
import { DataError } from '../core/errors';
import { errorsSheet, outputSheets } from '../core/layout';
import type { CellLink } from '../core/layout/model';
import { findSheet, planWorkbook, requireSchools, type DistrictPlan } from '../core/plan';
import { buildDocuments } from '../core/report/documents';
import type { DocumentLinks } from '../shared/contract';
import type { School } from '../core/registry';
import type { SchoolAnalysis } from '../core/school/analyse';
import { toSummary, type Summary } from '../core/summary';
import { cellUrl } from './links';
import { BusyError, type Ports } from './ports';
import { readSchool, SCHOOLS_PER_READ } from './schoolRead';
import { previousSnapshot, saveSnapshot } from './snapshots';

/** A build between calls: JSON-safe (dates are ISO strings), so a job can keep it in the workbook. */
export interface BuildProgress {
  plan: DistrictPlan;
  analyses: SchoolAnalysis[];
  /** School file link → sheet name → sheet id, for links from `Ошибки`. */
  fileSheetIds: Record<string, Record<string, number>>;
}

/** What a build writes: `Ошибки` alone (a check), every output sheet and the snapshot, or the report. */
export type BuildOutput = 'errors' | 'sheets' | 'report';

/** Reads `Параметры` and `ОО` (in one read) and plans the build; a registry without schools stops it (both worlds). */
export function planBuild(ports: Ports): DistrictPlan {
  const names = ports.district.sheetNames;
  ports.district.readSheets([SHEET_NAMES.parameters, SHEET_NAMES.registry].flatMap((n) => findSheet(names, n) ?? []));
  const plan = planWorkbook(ports.district, ports.clock.today());
  requireSchools(plan);
  return plan;
}

export interface ReadOptions {
  /** A check marks the cells it found in the schools' sheets. */
  markCells: boolean;
  /** Asked before each school: true stops reading (the call's time is up). */
  enough: () => boolean;
  /** Told before each school is read (the CLI's progress lines). */
  onSchool?: (school: School, index: number) => void;
}

/** Reads schools in registry order until `enough`; false when some are left (time, or Google asked to wait). */
export function readSchools(ports: Ports, build: BuildProgress, o: ReadOptions): boolean {
  const { plan } = build;
  const first = build.analyses.length;
  while (build.analyses.length < plan.schools.length) {
    if (o.enough()) return false;
    const at = build.analyses.length;
    const school = plan.schools[at];
    o.onSchool?.(school, at);
    // Every SCHOOLS_PER_READ-th school of this call fetches itself and the next ones; those then cost nothing.
    const next = (at - first) % SCHOOLS_PER_READ === 0 ? plan.schools.slice(at + 1, at + SCHOOLS_PER_READ) : [];
    try {
      const read = readSchool(ports, plan, school, o.markCells, next);
      build.analyses.push(read.analysis);
      const location = plan.locations[school.code];
      if (read.sheetIds && location.mode === 'file') build.fileSheetIds[location.link] = read.sheetIds;
    } catch (e) {
      // Google asked to slow down: keep what was read; the next call goes on from this school.
      if (e instanceof BusyError) return false;
      throw e;
    }
  }
  return true;
}

/** Turns a link of a layout into a URL: this workbook's sheets by id, school files by the ids read with them. */
function linkResolver(ports: Ports, build: BuildProgress): (l: CellLink) => string | null {
  return (l) => {
    if (l.file === undefined) {
      const id = ports.district.sheetId(l.sheet);
      return id === null ? null : cellUrl(id, l.cell);
    }
    const id = build.fileSheetIds[l.file]?.[l.sheet];
    return id === undefined ? l.file : cellUrl(id, l.cell, l.file);
  };
}

/** The district sums of every school read, then the outputs; `previous` overrides the stored snapshots. */
export function publishBuild(
  ports: Ports,
  build: BuildProgress,
  outputs: readonly BuildOutput[],
  previous?: Summary,
): PublishResult {
  const result = districtResult(build.plan, build.analyses);
  const link = linkResolver(ports, build);
  let reportUrl: string | undefined;
  let documentUrls: DocumentLinks | undefined;
  if (outputs.includes('errors')) ports.district.replaceSheets([errorsSheet(result)], link);
  if (outputs.includes('sheets')) {
    ports.district.replaceSheets(outputSheets(result), link);
    saveSnapshot(ports.store, toSummary(result));
  }
  if (outputs.includes('report')) {
    const before = previous ?? previousSnapshot(ports.store, result.settings.period);
    const docs = buildDocuments(result, before);
    // The справка first: if a later Doc fails, the one the panel links as «справка» already exists.
    documentUrls = {
      report: ports.documents.create(docs.report),
      letter: ports.documents.create(docs.letter),
      order: ports.documents.create(docs.order),
    };
    reportUrl = documentUrls.report;
  }
  return { result, reportUrl, documentUrls };
}

/** The справка's URL (the panel's «Последняя справка») and the URLs of all three documents. */
export interface PublishResult {
  result: BuildResult;
  reportUrl?: string;
  documentUrls?: DocumentLinks;
}

export interface RunOptions {
  /** A plan made already (the CLI plans first to know which school files to open). */
  plan?: DistrictPlan;
  previous?: Summary;
  onSchool?: ReadOptions['onSchool'];
}

/** The whole build in one go, with no time budget: the CLI and the tests. */
export function runBuild(ports: Ports, outputs: readonly BuildOutput[], o: RunOptions = {}): PublishResult {
  const build: BuildProgress = { plan: o.plan ?? planBuild(ports), analyses: [], fileSheetIds: {} };
  const read = readSchools(ports, build, {
    markCells: outputs.includes('errors'),
    enough: () => false,
    onSchool: o.onSchool,
  });
  // Without a time budget only Google's quota stops reading; the add-on's jobs wait it out, a one-go build cannot.
  if (!read) throw new DataError('Google попросил подождать: сборка прервана, повторите её через минуту.');
  return publishBuild(ports, build, outputs, o.previous);
}
