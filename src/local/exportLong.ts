// `pedmonitor export --format ndjson`: the long table streamed to a file, and the BigQuery schema beside it.
import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import { join } from 'node:path';
import { BIGQUERY_SCHEMA, longRows } from '../core/rollup/export';
import type { Summary } from '../core/summary';

export const EXPORT_FILES = { rows: 'indicators.ndjson', schema: 'indicators.schema.json' } as const;

/** Writes the rows one line each without holding the file in memory (a federal table has millions of rows). */
export async function exportNdjson(summary: Summary, outDir: string): Promise<{ rows: number; files: string[] }> {
  await mkdir(outDir, { recursive: true });
  const rowsPath = join(outDir, EXPORT_FILES.rows);
  const schemaPath = join(outDir, EXPORT_FILES.schema);
  const stream = createWriteStream(rowsPath, { encoding: 'utf8' });
  const failed = once(stream, 'error').then(([e]) => {
    throw e;
  });
  let rows = 0;
  let chunk = '';
  for (const row of longRows(summary)) {
    chunk += `${JSON.stringify(row)}\n`;
    rows++;
    if (chunk.length > 1 << 16) {
      if (!stream.write(chunk)) await Promise.race([once(stream, 'drain'), failed]);
      chunk = '';
    }
  }
  stream.end(chunk);
  await Promise.race([once(stream, 'finish'), failed]);
  await writeFile(schemaPath, `${JSON.stringify(BIGQUERY_SCHEMA, null, 2)}\n`);
  return { rows, files: [rowsPath, schemaPath] };
}
