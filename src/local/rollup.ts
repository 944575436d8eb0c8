// The offline roll-up: district (or region) summary.json files → the region's summary.json, summary.xlsx, report.docx.
import { DataError } from '../core/errors';
import { acceptSummary } from '../core/rollup/accept';
import { rollUp } from '../core/rollup/compose';
import { notASummary } from '../core/rollup/refusals';
import { buildRegionReport } from '../core/rollup/report';
import { regionSheets } from '../core/rollup/sheets';
import type { Summary } from '../core/summary';
import { renderDocx } from './docx';
import { LIMITS } from './limits';
import { refuseInputAsOutput, stageOutputs } from './outputDir';
import { OUTPUT_FILES } from './outputFolder';
import { readRegularFile } from './safePaths';
import { writeModels } from './xlsxWrite';

export interface RollupOptions {
  name: string;
  inputs: readonly string[];
  outDir: string;
  log?: (line: string) => void;
}

/** One summary.json named on the command line, accepted for the roll-up or refused in Russian. */
export async function readSummaryFile(path: string): Promise<Summary> {
  // Only a regular file within the size limit (never a device or a pipe), as for the build's inputs.
  const read = await readRegularFile(path, LIMITS.fileBytes).catch((e: unknown) => {
    if (e instanceof DataError && /это папка/.test(e.message))
      throw new DataError(`«${path}» — папка, а нужен файл summary.json.`);
    throw e;
  });
  const text = Buffer.from(read.bytes).toString('utf8');
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
  // As for a build: no input is overwritten, and the three files replace the old ones only when all are written.
  await refuseInputAsOutput(o.inputs, o.outDir, Object.values(OUTPUT_FILES));
  const staging = await stageOutputs(o.outDir);
  try {
    log(`Записываю ${OUTPUT_FILES.summaryJson}…`);
    await staging.write(OUTPUT_FILES.summaryJson, summaryText(region));
    log(`Записываю ${OUTPUT_FILES.summaryXlsx}…`);
    await staging.write(OUTPUT_FILES.summaryXlsx, await writeModels(regionSheets(region)));
    log(`Формирую аналитическую справку ${OUTPUT_FILES.reportDocx}…`);
    await staging.write(OUTPUT_FILES.reportDocx, await renderDocx(buildRegionReport(region)));
    await staging.commit();
  } catch (e) {
    await staging.discard();
    throw e;
  }
  return region;
}
