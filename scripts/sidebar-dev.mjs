// `npm run sidebar:dev`: the panel on http://127.0.0.1:$PORT/ with the add-on's server over in-memory ports.
import { rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { buildSidebarHtml, bundleBrowserScript, inlineSafe } from './sidebar-html.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_PORT = 8723;

/** The production page with the stand-in for google.script.run and the preview's strip put in its head. */
export async function previewHtml() {
  const [page, stub, css] = await Promise.all([
    buildSidebarHtml({ minify: false }),
    bundleBrowserScript('sidebar/dev/stub.ts', { minify: false }),
    readFile(join(root, 'sidebar/dev/preview.css'), 'utf8'),
  ]);
  const head = `<script>${inlineSafe(stub, 'script')}</script>\n<style>${inlineSafe(css, 'style')}</style>\n`;
  return page.replace('</head>', () => `${head}</head>`);
}

/**
 * The Node side (TypeScript over the core and the offline adapters) bundled into build/, where Node finds
 * node_modules. One file per process: two previews (a test run beside a developer's) never share it.
 */
async function loadPreviewServer() {
  const outfile = join(root, `build/sidebar-preview-${process.pid}.cjs`);
  process.on('exit', () => rmSync(outfile, { force: true }));
  await build({
    entryPoints: [join(root, 'sidebar/dev/preview.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    outfile,
    logLevel: 'warning',
  });
  return createRequire(import.meta.url)(outfile);
}

async function main() {
  const port = process.env.PORT === undefined || process.env.PORT === '' ? DEFAULT_PORT : Number(process.env.PORT);
  const delayMs = process.env.DELAY_MS === undefined ? 150 : Number(process.env.DELAY_MS);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT должен быть числом от 0 до 65535, а не «${process.env.PORT}».`);
  const [html, { startPreview }] = await Promise.all([previewHtml(), loadPreviewServer()]);
  // Only the browser tests ask for the hostile school name; a methodologist's preview shows the plain sample.
  const hostileName = process.env.PREVIEW_HOSTILE_NAME === '1';
  // «О программе»: the pretend template publishes TEMPLATE_VERSION (e.g. 9.9.9 shows the update banner); unset — no
  // template, as in a build that knows none.
  const { version } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
  const release = { version, templateVersion: process.env.TEMPLATE_VERSION || null };
  // PREVIEW_FRESH=1: a fresh copy of the template, as a methodologist sees it first (no sheets of PedMonitor yet).
  const fresh = process.env.PREVIEW_FRESH === '1';
  const server = await startPreview({ html, port, delayMs, hostileName, release, fresh });
  process.stdout.write(`Панель PedMonitor (предпросмотр): ${server.url}\n`);
  process.stdout.write('Другой порт: PORT=8080 npm run sidebar:dev. Остановить: Ctrl+C.\n');
  const stop = () => server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    const busy = error && error.code === 'EADDRINUSE';
    const text = busy
      ? `порт ${error.port} занят; выберите другой, например PORT=8724 npm run sidebar:dev`
      : error instanceof Error
        ? error.message
        : String(error);
    process.stderr.write(`Не удалось запустить предпросмотр: ${text}\n`);
    process.exit(1);
  });
}
