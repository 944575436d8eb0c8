// Builds the Apps Script project into dist/: Code.js (IIFE bundle + top-level stubs), Sidebar.html, appsscript.json.
import { build } from 'esbuild';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import vm from 'node:vm';
import { buildSidebarHtml } from './sidebar-html.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const GLOBAL_NAME = 'PedMonitor';

/** Apps Script only sees top-level function declarations: one stub per entry point delegates to the bundle. */
export function stubs(names) {
  // Every argument passes through: setupWorkbook takes the mode and «Как обозначать педагогов».
  return names.map((n) => `function ${n}(...args) { return ${GLOBAL_NAME}.${n}(...args); }`).join('\n');
}

/** The entry points come from the bundle itself (src/gas/entryPoints.ts), read in a bare V8 context. */
function entryPoints(bundle) {
  const context = vm.createContext({});
  vm.runInContext(`${bundle}\n;globalThis.__names = ${GLOBAL_NAME}.ENTRY_POINTS.slice();`, context);
  const names = context.__names;
  for (const n of names) {
    if (typeof context[GLOBAL_NAME][n] !== 'function')
      throw new Error(`build-gas: entry point ${n} is not exported by src/gas/main.ts`);
  }
  return names;
}

/** The committed template config (template.json): which spreadsheet copies of PedMonitor come from. */
export const TEMPLATE_CONFIG = join(ROOT, 'template.json');

/** What the bundle is told at build time: its own version and the template's id, to compare versions with. */
export async function releaseFacts({ config = TEMPLATE_CONFIG } = {}) {
  const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));
  const template = JSON.parse(await readFile(config, 'utf8'));
  return { version: pkg.version, templateId: template.spreadsheetId || null };
}

export async function buildGas({ outDir = join(ROOT, 'dist'), version, templateId } = {}) {
  const facts = await releaseFacts();
  const release = {
    version: version ?? facts.version,
    templateId: templateId === undefined ? facts.templateId : templateId,
  };
  const result = await build({
    entryPoints: [join(ROOT, 'src/gas/main.ts')],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL_NAME,
    target: 'es2020',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    charset: 'utf8',
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
    // src/gas/release.ts reads these two names; without a build (tests) it falls back to «dev» and no template.
    define: {
      PEDMONITOR_VERSION: JSON.stringify(release.version),
      PEDMONITOR_TEMPLATE_ID: JSON.stringify(release.templateId ?? ''),
    },
  });
  const bundle = result.outputFiles[0].text;
  const names = entryPoints(bundle);
  const code = `${bundle}\n// Entry points (generated from src/gas/entryPoints.ts)\n${stubs(names)}\n`;
  await mkdir(outDir, { recursive: true });
  await writeFile(join(outDir, 'Code.js'), code);
  await writeFile(join(outDir, 'Sidebar.html'), await buildSidebarHtml());
  await copyFile(join(ROOT, 'appsscript.json'), join(outDir, 'appsscript.json'));
  return { outDir, names, bytes: Buffer.byteLength(code), ...release };
}

/** Before `clasp push`: .clasp.json must name the real script (docs/google-setup.md, step 3). */
async function checkClasp() {
  const clasp = JSON.parse(await readFile(join(ROOT, '.clasp.json'), 'utf8'));
  if (!/^[A-Za-z0-9_-]{20,}$/.test(clasp.scriptId ?? '')) {
    console.error(
      'В .clasp.json не указан идентификатор скрипта (scriptId). Откройте таблицу → Расширения → Apps Script → Настройки проекта, скопируйте «Идентификатор скрипта» и вставьте его в .clasp.json (см. docs/google-setup.md).',
    );
    process.exit(1);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const out = process.argv.indexOf('--out');
  const { outDir, names, bytes, version } = await buildGas(out > 0 ? { outDir: resolve(process.argv[out + 1]) } : {});
  const size = `${(bytes / 1024).toFixed(0)} КБ`;
  console.error(`dist: ${outDir} — PedMonitor ${version}, Code.js ${size}, точек входа: ${names.length}`);
  if (process.argv.includes('--check-clasp')) await checkClasp();
}
