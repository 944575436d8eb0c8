// `npm run docs`: writes the documents generated from the catalogue (docs/indicators.md).
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = await build({
  entryPoints: [join(root, 'src/core/catalogue/describe.ts')],
  bundle: true,
  format: 'cjs',
  platform: 'node',
  write: false,
  logLevel: 'silent',
});
const module = { exports: {} };
new Function('module', 'exports', 'require', out.outputFiles[0].text)(module, module.exports, () => undefined);
const { indicatorsMarkdown } = module.exports;
const INDICATORS_DOC = 'docs/indicators.md';
await writeFile(join(root, INDICATORS_DOC), indicatorsMarkdown());
process.stdout.write(`Записан ${INDICATORS_DOC}\n`);
