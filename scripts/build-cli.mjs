// Bundles the offline CLI and the bench into build/ (esbuild): runs on `npm ci` (prepare), `npm start`, `npm run bench`.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** Native or large packages stay in node_modules and are required at run time. */
const external = ['exceljs', 'jszip', 'docx', '@resvg/resvg-js', 'dejavu-fonts-ttf'];

const entries = {
  cli: 'src/cli/main.ts',
  bench: 'tools/bench/main.ts',
};

mkdirSync(join(root, 'build'), { recursive: true });
await Promise.all(
  Object.entries(entries).map(async ([name, entry]) => {
    const outfile = join(root, 'build', `${name}.cjs`);
    const { outputFiles } = await build({
      entryPoints: [join(root, entry)],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      external,
      define: { PEDMONITOR_VERSION: JSON.stringify(version) },
      sourcemap: 'linked',
      logLevel: 'warning',
      write: false,
    });
    // Written aside, then renamed: a `pedmonitor` started meanwhile never loads half a bundle.
    for (const file of outputFiles) {
      const temporary = `${file.path}.${process.pid}.tmp`;
      writeFileSync(temporary, file.contents);
      renameSync(temporary, file.path);
    }
  }),
);
