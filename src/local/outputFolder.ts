// The offline build: district .xlsx → summary.json, summary.xlsx, report.docx in an output folder, stage by stage.
import { dirname, join, relative, resolve } from 'node:path';
import { runBuild } from '../app/pipeline';
import { readSnapshot } from '../app/snapshots';
import type { IsoDate } from '../core/dates';
import type { BuildResult } from '../core/districtResult';
import { DataError } from '../core/errors';
import type { SheetModel } from '../core/layout/model';
import type { ReportDoc } from '../core/report/model';
import type { Summary } from '../core/summary';
import { parseSummary } from '../core/summarySchema';
import { openDistrict } from './districtFiles';
import { renderDocx } from './docx';
import { DOCUMENT_FILES, DOCUMENT_KINDS, type DocumentKind } from '../core/catalogue/documents';
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

export const OUTPUT_FILES = {
  summaryJson: 'summary.json',
  summaryXlsx: 'summary.xlsx',
  reportDocx: DOCUMENT_FILES.report,
  letterDocx: DOCUMENT_FILES.letter,
  orderDocx: DOCUMENT_FILES.order,
} as const;

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
    // A device, a pipe or a file too big says so; a missing one is named as the previous summary.
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
      times[stage] = {
        wallMs: before.wallMs + performance.now() - started,
        cpuMs: before.cpuMs + (used.user + used.system) / 1000,
      };
    }
  }
}

/** What the add-on's pipeline wrote into the in-memory ports: the result, the output sheets, the report. */
export interface OfflineBuild {
  result: BuildResult;
  summary: Summary;
  sheets: SheetModel[];
  report: ReportDoc;
  /** The letter of addressed recommendations and the draft order, made beside the справка. */
  letter: ReportDoc;
  order: ReportDoc;
}

/** Reads a district (and its school files) and runs the add-on's build over it in memory; nothing is written. */
export async function buildFromXlsx(
  input: string,
  today: IsoDate,
  o: { previous?: Summary; log?: (line: string) => void; times?: Partial<StageTimes>; schoolsDir?: string } = {},
): Promise<OfflineBuild> {
  const log = o.log ?? (() => undefined);
  log(`Читаю книгу района «${input}»…`);
  const onFile = (code: string) => log(`Открываю таблицу ОО ${code}…`);
  const { ports, plan } = await timed(o.times, 'read', () =>
    openDistrict(input, today, onFile, o.schoolsDir ?? dirname(input)),
  );
  const onSchool = (school: { name: string }, i: number) =>
    log(`Проверяю ОО ${i + 1} из ${plan.schools.length}: ${school.name}`);
  const { result, documentUrls } = await timed(o.times, 'core', () =>
    runBuild(ports, ['sheets', 'report'], { plan, previous: o.previous, onSchool }),
  );
  const summary = readSnapshot(ports.store, result.settings.period);
  const doc = (kind: DocumentKind) => (documentUrls ? ports.documents.created.get(documentUrls[kind]) : undefined);
  const [report, letter, order] = DOCUMENT_KINDS.map(doc);
  if (!summary || !report || !letter || !order)
    throw new Error('buildFromXlsx: the pipeline wrote no summary or documents');
  return { result, summary, sheets: [...ports.district.outputs.values()], report, letter, order };
}

/**
 * summary.xlsx: links are made relative to the output folder, where the file is opened: a school's file from the
 * schools' folder, a cell of the district workbook (`Параметры`, `ОО`, shared school sheets) in the input file.
 */
export function summaryWorkbook(
  sheets: readonly SheetModel[],
  input: string,
  outDir: string,
  schoolsDir: string = dirname(input),
): Promise<Uint8Array> {
  const fromOut = (path: string) => relative(resolve(outDir), path).split('\\').join('/');
  const fileLink = (file: string) => fromOut(resolve(schoolsDir, file));
  return writeModels(sheets, { fileLink, districtFile: fromOut(resolve(input)) });
}

export async function buildToFolder(o: BuildOptions): Promise<BuildOutput> {
  const log = o.log ?? (() => undefined);
  // Before any work: the district workbook must not be one of the files this build replaces.
  await refuseInputAsOutput([o.input], o.outDir, Object.values(OUTPUT_FILES));
  const previous = o.previous ? await readPrevious(o.previous) : undefined;
  const built = await buildFromXlsx(o.input, o.today, { previous, log, times: o.times, schoolsDir: o.schoolsDir });
  const { result, summary, sheets, report, letter, order } = built;
  const files = {
    summaryJson: join(o.outDir, OUTPUT_FILES.summaryJson),
    summaryXlsx: join(o.outDir, OUTPUT_FILES.summaryXlsx),
    reportDocx: join(o.outDir, OUTPUT_FILES.reportDocx),
    letterDocx: join(o.outDir, OUTPUT_FILES.letterDocx),
    orderDocx: join(o.outDir, OUTPUT_FILES.orderDocx),
  };
  const staging = await stageOutputs(o.outDir);
  try {
    log(`Записываю ${OUTPUT_FILES.summaryJson}…`);
    await timed(o.times, 'summaryJson', () =>
      staging.write(OUTPUT_FILES.summaryJson, `${JSON.stringify(summary, null, 2)}\n`),
    );
    log(`Записываю ${OUTPUT_FILES.summaryXlsx}…`);
    const workbook = () => summaryWorkbook(sheets, o.input, o.outDir, o.schoolsDir);
    await timed(o.times, 'summaryXlsx', async () => staging.write(OUTPUT_FILES.summaryXlsx, await workbook()));
    log(`Формирую аналитическую справку ${OUTPUT_FILES.reportDocx}…`);
    await timed(o.times, 'reportDocx', async () => {
      await staging.write(OUTPUT_FILES.reportDocx, await renderDocx(report));
      log(`Формирую адресные рекомендации ОО ${OUTPUT_FILES.letterDocx} и проект приказа ${OUTPUT_FILES.orderDocx}…`);
      await staging.write(OUTPUT_FILES.letterDocx, await renderDocx(letter));
      await staging.write(OUTPUT_FILES.orderDocx, await renderDocx(order));
    });
    // All files are complete: only now do they replace the previous build's files.
    await staging.commit();
  } catch (e) {
    await staging.discard();
    throw e;
  }
  return { result, summary, files };
}
