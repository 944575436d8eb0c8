// The offline build: district .xlsx → summary.json, summary.xlsx, report.docx in an output folder, stage by stage.
import { dirname, join, relative, resolve } from 'node:path';
import { analyseFrom } from '../core/build';
import type { IsoDate } from '../core/dates';
import { assembleDistrict, type BuildResult } from '../core/district';
import { DataError } from '../core/errors';
import { outputSheets } from '../core/layout';
import { buildReport } from '../core/report/build';
import { toSummary, type Summary } from '../core/summary';
import { parseSummary } from '../core/summarySchema';
import type { SchoolAnalysis } from '../core/school/analyse';
import { renderDocx } from './docx';
import { openDistrict, type OpenedDistrict } from './districtFiles';
import { LIMITS } from './limits';
import { refuseInputAsOutput, stageOutputs } from './outputDir';
import { readRegularFile } from './safePaths';
import { writeModels } from './xlsxWrite';

/** The stages of a build, in order; the bench prints their times. */
export const STAGES = ['read', 'core', 'summaryJson', 'summaryXlsx', 'reportDocx'] as const;
export type Stage = (typeof STAGES)[number];
/** Wall time, and CPU time of the whole process (less sensitive to other work on a shared machine). */
export interface StageTime {
  wallMs: number;
  cpuMs: number;
}
export type StageTimes = Record<Stage, StageTime>;

export interface BuildOptions {
  input: string;
  outDir: string;
  today: IsoDate;
  /** A summary.json of an earlier build, for the report's dynamics. */
  previous?: string;
  /** The folder school files must lie in (per-school mode); by default the district file's folder. */
  schoolsDir?: string;
  log?: (line: string) => void;
  /** Filled with each stage's wall and CPU time, in milliseconds. */
  times?: Partial<StageTimes>;
}

export const OUTPUT_FILES = { summaryJson: 'summary.json', summaryXlsx: 'summary.xlsx', reportDocx: 'report.docx' } as const;

export interface BuildOutput {
  result: BuildResult;
  summary: Summary;
  files: Record<keyof typeof OUTPUT_FILES, string>;
}

export async function readPrevious(path: string): Promise<Summary> {
  let text: string;
  try {
    text = Buffer.from((await readRegularFile(path, LIMITS.fileBytes)).bytes).toString('utf8');
  } catch (e) {
    if (e instanceof DataError && !/не найден\.$/.test(e.message)) throw e;
    throw new DataError(`Файл предыдущей сводки «${path}» не найден.`);
  }
  try {
    return parseSummary(JSON.parse(text));
  } catch {
    throw new DataError(`Файл «${path}» не похож на summary.json PedMonitor: динамику по нему построить нельзя.`);
  }
}

async function timed<T>(times: Partial<StageTimes> | undefined, stage: Stage, run: () => Promise<T> | T): Promise<T> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  try {
    return await run();
  } finally {
    if (times) {
      const used = process.cpuUsage(cpu);
      const before = times[stage] ?? { wallMs: 0, cpuMs: 0 };
      times[stage] = { wallMs: before.wallMs + performance.now() - started, cpuMs: before.cpuMs + (used.user + used.system) / 1000 };
    }
  }
}

/** Every school of an opened district through the core, one at a time (its file read just before), then the sums. */
export async function analyseDistrict(opened: OpenedDistrict, log: (line: string) => void = () => undefined, times?: Partial<StageTimes>): Promise<BuildResult> {
  const { source, plan } = opened;
  const analyses: SchoolAnalysis[] = [];
  for (const [i, school] of plan.schools.entries()) {
    const file = await timed(times, 'read', () => opened.openSchool(school.code));
    log(`Проверяю ОО ${i + 1} из ${plan.schools.length}: ${school.name}`);
    analyses.push(await timed(times, 'core', () => analyseFrom(plan, school, source, file)));
  }
  return timed(times, 'core', () => assembleDistrict(plan, analyses));
}

/** Reads a district (and its school files) and computes the result, without writing anything. */
export async function computeDistrict(
  input: string, today: IsoDate, log?: (line: string) => void, times?: Partial<StageTimes>, schoolsDir?: string,
): Promise<BuildResult> {
  log?.(`Читаю книгу района «${input}»…`);
  const onSchoolFile = (code: string) => log?.(`Открываю таблицу ОО ${code}…`);
  const opened = await timed(times, 'read', () => openDistrict(input, today, onSchoolFile, schoolsDir ?? dirname(input)));
  return analyseDistrict(opened, log, times);
}

/**
 * summary.xlsx: links are made relative to the output folder, where the file is opened: a school's file from the
 * schools' folder, a cell of the district workbook (`Параметры`, `ОО`, shared school sheets) in the input file.
 */
export function summaryWorkbook(result: BuildResult, input: string, outDir: string, schoolsDir: string = dirname(input)): Promise<Uint8Array> {
  const fromOut = (path: string) => relative(resolve(outDir), path).split('\\').join('/');
  const fileLink = (file: string) => fromOut(resolve(schoolsDir, file));
  return writeModels(outputSheets(result), { fileLink, districtFile: fromOut(resolve(input)) });
}

export async function buildToFolder(o: BuildOptions): Promise<BuildOutput> {
  const log = o.log ?? (() => undefined);
  const names = Object.values(OUTPUT_FILES);
  // Before any work: the district workbook must not be one of the files this build replaces.
  await refuseInputAsOutput([o.input], o.outDir, names);
  const previous = o.previous ? await readPrevious(o.previous) : undefined;
  const result = await computeDistrict(o.input, o.today, log, o.times, o.schoolsDir);
  const summary = toSummary(result);
  const files = {
    summaryJson: join(o.outDir, OUTPUT_FILES.summaryJson),
    summaryXlsx: join(o.outDir, OUTPUT_FILES.summaryXlsx),
    reportDocx: join(o.outDir, OUTPUT_FILES.reportDocx),
  };
  const staging = await stageOutputs(o.outDir);
  try {
    log(`Записываю ${OUTPUT_FILES.summaryJson}…`);
    await timed(o.times, 'summaryJson', () => staging.write(OUTPUT_FILES.summaryJson, `${JSON.stringify(summary, null, 2)}\n`));
    log(`Записываю ${OUTPUT_FILES.summaryXlsx}…`);
    await timed(o.times, 'summaryXlsx', async () => staging.write(OUTPUT_FILES.summaryXlsx, await summaryWorkbook(result, o.input, o.outDir, o.schoolsDir)));
    log(`Формирую аналитическую справку ${OUTPUT_FILES.reportDocx}…`);
    await timed(o.times, 'reportDocx', async () => staging.write(OUTPUT_FILES.reportDocx, await renderDocx(buildReport(result, previous))));
    // All three are complete: only now do they replace the previous build's files.
    await staging.commit();
  } catch (e) {
    await staging.discard();
    throw e;
  }
  return { result, summary, files };
}
