// The offline build: district .xlsx → summary.json, summary.xlsx, report.docx in an output folder, stage by stage.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { runBuild } from '../app/pipeline';
import { readSnapshot } from '../app/snapshots';
import type { IsoDate } from '../core/dates';
import type { BuildResult } from '../core/district';
import { DataError } from '../core/errors';
import type { SheetModel } from '../core/layout/model';
import type { ReportDoc } from '../core/report/model';
import type { Summary } from '../core/summary';
import { parseSummary } from '../core/summarySchema';
import { openDistrict } from './districtFiles';
import { renderDocx } from './docx';
import { DOCUMENT_FILES, DOCUMENT_KINDS, type DocumentKind } from '../core/catalogue/documents';
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
  log?: (line: string) => void;
  /** Filled with each stage's wall and CPU time, in milliseconds. */
  times?: Partial<StageTimes>;
}

export const OUTPUT_FILES = {
  summaryJson: 'summary.json', summaryXlsx: 'summary.xlsx', reportDocx: DOCUMENT_FILES.report,
  letterDocx: DOCUMENT_FILES.letter, orderDocx: DOCUMENT_FILES.order,
} as const;

export interface BuildOutput {
  result: BuildResult;
  summary: Summary;
  files: Record<keyof typeof OUTPUT_FILES, string>;
}

export async function readPrevious(path: string): Promise<Summary> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
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
  input: string, today: IsoDate, o: { previous?: Summary; log?: (line: string) => void; times?: Partial<StageTimes> } = {},
): Promise<OfflineBuild> {
  const log = o.log ?? (() => undefined);
  log(`Читаю книгу района «${input}»…`);
  const { ports, plan } = await timed(o.times, 'read', () => openDistrict(input, today, (code) => log(`Открываю таблицу ОО ${code}…`)));
  const onSchool = (school: { name: string }, i: number) => log(`Проверяю ОО ${i + 1} из ${plan.schools.length}: ${school.name}`);
  const { result, documentUrls } = await timed(o.times, 'core', () => runBuild(ports, ['sheets', 'report'], { plan, previous: o.previous, onSchool }));
  const summary = readSnapshot(ports.store, result.settings.period);
  const doc = (kind: DocumentKind) => (documentUrls ? ports.documents.created.get(documentUrls[kind]) : undefined);
  const [report, letter, order] = DOCUMENT_KINDS.map(doc);
  if (!summary || !report || !letter || !order) throw new Error('buildFromXlsx: the pipeline wrote no summary or documents');
  return { result, summary, sheets: [...ports.district.outputs.values()], report, letter, order };
}

/** summary.xlsx: links to school files are made relative to the output folder, where the file is opened. */
export function summaryWorkbook(sheets: readonly SheetModel[], input: string, outDir: string): Promise<Uint8Array> {
  const fileLink = (file: string) => relative(resolve(outDir), resolve(dirname(input), file)).split('\\').join('/');
  return writeModels(sheets, { fileLink });
}

export async function buildToFolder(o: BuildOptions): Promise<BuildOutput> {
  const log = o.log ?? (() => undefined);
  const previous = o.previous ? await readPrevious(o.previous) : undefined;
  const { result, summary, sheets, report, letter, order } = await buildFromXlsx(o.input, o.today, { previous, log, times: o.times });
  await mkdir(o.outDir, { recursive: true });
  const files = {
    summaryJson: join(o.outDir, OUTPUT_FILES.summaryJson),
    summaryXlsx: join(o.outDir, OUTPUT_FILES.summaryXlsx),
    reportDocx: join(o.outDir, OUTPUT_FILES.reportDocx),
    letterDocx: join(o.outDir, OUTPUT_FILES.letterDocx),
    orderDocx: join(o.outDir, OUTPUT_FILES.orderDocx),
  };
  log(`Записываю ${OUTPUT_FILES.summaryJson}…`);
  await timed(o.times, 'summaryJson', () => writeFile(files.summaryJson, `${JSON.stringify(summary, null, 2)}\n`));
  log(`Записываю ${OUTPUT_FILES.summaryXlsx}…`);
  await timed(o.times, 'summaryXlsx', async () => writeFile(files.summaryXlsx, await summaryWorkbook(sheets, o.input, o.outDir)));
  log(`Формирую аналитическую справку ${OUTPUT_FILES.reportDocx}…`);
  await timed(o.times, 'reportDocx', async () => {
    await writeFile(files.reportDocx, await renderDocx(report));
    log(`Формирую адресные рекомендации ОО ${OUTPUT_FILES.letterDocx} и проект приказа ${OUTPUT_FILES.orderDocx}…`);
    await writeFile(files.letterDocx, await renderDocx(letter));
    await writeFile(files.orderDocx, await renderDocx(order));
  });
  return { result, summary, files };
}
