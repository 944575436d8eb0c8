// The offline roll-up: district (or region) summary.json files → the region's summary.json, summary.xlsx, report.docx.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DataError } from '../core/errors';
import { acceptSummary } from '../core/rollup/accept';
import { rollUp } from '../core/rollup/compose';
import { notASummary } from '../core/rollup/refusals';
import { buildRegionReport } from '../core/rollup/report';
import { regionSheets } from '../core/rollup/sheets';
import type { Summary } from '../core/summary';
import { renderDocx } from './docx';
import { OUTPUT_FILES } from './outputFolder';
import { writeModels } from './xlsxWrite';

export interface RollupOptions {
  name: string;
  inputs: readonly string[];
  outDir: string;
  log?: (line: string) => void;
}

/** One summary.json named on the command line, accepted for the roll-up or refused in Russian. */
export async function readSummaryFile(path: string): Promise<Summary> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new DataError(`Файл «${path}» не найден.`);
    if (code === 'EISDIR') throw new DataError(`«${path}» — папка, а нужен файл summary.json.`);
    throw e;
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw notASummary(path, 'в нём не JSON');
  }
  return acceptSummary(path, json);
}

/** JSON text exactly as `pedmonitor build` writes it, so that files compare byte for byte. */
export const summaryText = (s: Summary) => `${JSON.stringify(s, null, 2)}\n`;

export async function rollupToFolder(o: RollupOptions): Promise<Summary> {
  const log = o.log ?? (() => undefined);
  const inputs = [];
  for (const path of o.inputs) {
    log(`Читаю «${path}»…`);
    inputs.push({ label: path, summary: await readSummaryFile(path) });
  }
  const region = rollUp(o.name, inputs);
  await mkdir(o.outDir, { recursive: true });
  log(`Записываю ${OUTPUT_FILES.summaryJson}…`);
  await writeFile(join(o.outDir, OUTPUT_FILES.summaryJson), summaryText(region));
  log(`Записываю ${OUTPUT_FILES.summaryXlsx}…`);
  await writeFile(join(o.outDir, OUTPUT_FILES.summaryXlsx), await writeModels(regionSheets(region)));
  log(`Формирую аналитическую справку ${OUTPUT_FILES.reportDocx}…`);
  await writeFile(join(o.outDir, OUTPUT_FILES.reportDocx), await renderDocx(buildRegionReport(region)));
  return region;
}
