// The offline build: district .xlsx → summary.json, summary.xlsx, report.docx in an output folder.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { analyseFrom } from '../core/build';
import type { IsoDate } from '../core/dates';
import { assembleDistrict, type BuildResult } from '../core/district';
import { DataError } from '../core/errors';
import { outputSheets } from '../core/layout';
import { buildReport } from '../core/report/build';
import { parseSummary, toSummary, type Summary } from '../core/summary';
import { renderDocx } from './docx';
import { openDistrict } from './districtFiles';
import { writeModels } from './xlsxWrite';

export interface BuildOptions {
  input: string;
  outDir: string;
  today: IsoDate;
  /** A summary.json of an earlier build, for the report's dynamics. */
  previous?: string;
  log?: (line: string) => void;
}

export interface BuildOutput {
  result: BuildResult;
  summary: Summary;
  files: { summaryJson: string; summaryXlsx: string; reportDocx: string };
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

export async function buildToFolder(o: BuildOptions): Promise<BuildOutput> {
  const log = o.log ?? (() => undefined);
  const previous = o.previous ? await readPrevious(o.previous) : undefined;
  log(`Читаю книгу района «${o.input}»…`);
  const { source, plan, files } = await openDistrict(o.input, o.today, (code) => log(`Открываю таблицу ОО ${code}…`));
  const analyses = plan.schools.map((school, i) => {
    log(`Проверяю ОО ${i + 1} из ${plan.schools.length}: ${school.name}`);
    return analyseFrom(plan, school, source, files.get(school.code));
  });
  const result = assembleDistrict(plan, analyses);
  const summary = toSummary(result);
  await mkdir(o.outDir, { recursive: true });
  const paths = {
    summaryJson: join(o.outDir, 'summary.json'),
    summaryXlsx: join(o.outDir, 'summary.xlsx'),
    reportDocx: join(o.outDir, 'report.docx'),
  };
  log('Записываю summary.json…');
  await writeFile(paths.summaryJson, `${JSON.stringify(summary, null, 2)}\n`);
  log('Записываю summary.xlsx…');
  await writeFile(paths.summaryXlsx, await writeModels(outputSheets(result)));
  log('Формирую аналитическую справку report.docx…');
  await writeFile(paths.reportDocx, await renderDocx(buildReport(result, previous)));
  return { result, summary, files: paths };
}
