// Builds the methodologist's panel into ONE self-contained HTML string (script and styles inlined).
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** esbuild bundle of one browser entry as an IIFE string (no modules: Apps Script serves a plain page). */
export async function bundleBrowserScript(entry, { minify = true } = {}) {
  const out = await build({
    entryPoints: [join(root, entry)],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['chrome100', 'firefox100', 'safari15'],
    minify,
    legalComments: 'none',
    charset: 'utf8',
    write: false,
    logLevel: 'silent',
  });
  return out.outputFiles[0].text;
}

/**
 * Inline text must not end its own element early: `</script` inside a string of the bundle would close
 * the tag (`<\/` means the same in strings and regular expressions). Apps Script templates read `<?` as
 * a scriptlet, and no escape keeps its meaning everywhere, so a bundle holding it is refused.
 */
export function inlineSafe(text, tag) {
  if (text.includes('<?'))
    throw new Error(`sidebar: the inlined ${tag} contains "<?", which Apps Script templates would execute`);
  return text.replace(new RegExp(`</(${tag})`, 'gi'), '<\\/$1');
}

/** The catalogue's words for the static page (sidebar/pageText.ts), bundled and evaluated here. */
async function pageText() {
  const out = await build({
    entryPoints: [join(root, 'sidebar/pageText.ts')],
    bundle: true,
    format: 'cjs',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
  });
  const module = { exports: {} };
  new Function('module', 'exports', out.outputFiles[0].text)(module, module.exports);
  return module.exports.PAGE_TEXT;
}

const escapeHtml = (text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export async function buildSidebarHtml({ minify = true } = {}) {
  const [source, css, js, text] = await Promise.all([
    readFile(join(root, 'sidebar/index.html'), 'utf8'),
    readFile(join(root, 'sidebar/panel.css'), 'utf8'),
    bundleBrowserScript('sidebar/main.ts', { minify }),
    pageText(),
  ]);
  const page = source.replace(/\{\{([\w.]+)\}\}/g, (_, key) => {
    if (!(key in text))
      throw new Error(`sidebar: index.html asks for {{${key}}}, which sidebar/pageText.ts does not have`);
    return escapeHtml(text[key]);
  });
  // Function replacers: `$&` and friends in the bundle must stay literal.
  return page
    .replace('/*@STYLE@*/', () => inlineSafe(css, 'style'))
    .replace('/*@SCRIPT@*/', () => inlineSafe(js, 'script'));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.stdout.write(await buildSidebarHtml());
}
