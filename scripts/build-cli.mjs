// Bundles the offline CLI and the bench into build/ (esbuild): runs on `npm ci` (prepare), `npm start`, `npm run bench`.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Native or large packages stay in node_modules and are required at run time. */
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const external = ['exceljs', 'jszip', 'docx', '@resvg/resvg-js', 'dejavu-fonts-ttf'];

const entries = {
  cli: 'src/cli/main.ts',
  bench: 'src/bench/main.ts',
};

await Promise.all(Object.entries(entries).map(([name, entry]) => build({
  entryPoints: [join(root, entry)],
  outfile: join(root, 'build', `${name}.cjs`),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external,
  define: { PEDMONITOR_VERSION: JSON.stringify(version) },
  sourcemap: 'linked',
  logLevel: 'warning',
})));
