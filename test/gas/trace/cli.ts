// `npm run gas:trace -- <dir>`: the scripted year in both modes through dist/Code.js, written as three .jsonl files.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCode } from '../harness';
import { runYear, type TraceLog } from './year';

function main(dist: string, out: string): void {
  const code = readCode(dist);
  const log: TraceLog = { sheetsApi: [], ranges: [], executions: [] };
  runYear(code, 'shared', log);
  runYear(code, 'per-school', log);
  mkdirSync(out, { recursive: true });
  const lines = (rows: unknown[]) => rows.map((r) => JSON.stringify(r)).join('\n') + (rows.length ? '\n' : '');
  writeFileSync(join(out, 'sheets-api.jsonl'), lines(log.sheetsApi));
  writeFileSync(join(out, 'ranges.jsonl'), lines(log.ranges));
  writeFileSync(join(out, 'executions.jsonl'), lines(log.executions));
  const failed = log.executions.filter((e) => !e.ok).length;
  const longest = Math.max(...log.executions.map((e) => e.simulatedMs));
  process.stderr.write(
    `gas:trace → ${out}: ${log.sheetsApi.length} вызовов Sheets API, `
      + `${log.ranges.length} диапазонов, `
      + `${log.executions.length} запусков (отказано: ${failed}, самый долгий: ${(longest / 1000).toFixed(1)} с)\n`,
  );
}

const [dist, out] = process.argv.slice(2);
if (!dist || !out) {
  process.stderr.write('Использование: npm run gas:trace -- <папка>\n');
  process.exit(2);
}
main(dist, out);
