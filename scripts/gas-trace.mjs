// npm run gas:trace -- <dir>: builds dist/ afresh, bundles the trace runner with the fakes, and runs the scripted year.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = process.argv[2];
if (!out) {
  process.stderr.write('Использование: npm run gas:trace -- <папка>\n');
  process.exit(2);
}
const work = mkdtempSync(join(tmpdir(), 'pedmonitor-trace-'));
const dist = join(work, 'dist');
execFileSync(process.execPath, [join(ROOT, 'scripts/build-gas.mjs'), '--out', dist], { stdio: 'inherit' });
const runner = join(work, 'trace.cjs');
await build({
  entryPoints: [join(ROOT, 'test/gas/trace/cli.ts')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  outfile: runner,
  logLevel: 'warning',
});
execFileSync(process.execPath, [runner, dist, resolve(out)], { stdio: 'inherit' });
