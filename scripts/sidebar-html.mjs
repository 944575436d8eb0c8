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
  if (text.includes('<?')) throw new Error(`sidebar: the inlined ${tag} contains "<?", which Apps Script templates would execute`);
  return text.replace(new RegExp(`</(${tag})`, 'gi'), '<\\/$1');
}

export async function buildSidebarHtml({ minify = true } = {}) {
  const [page, css, js] = await Promise.all([
    readFile(join(root, 'sidebar/index.html'), 'utf8'),
    readFile(join(root, 'sidebar/panel.css'), 'utf8'),
    bundleBrowserScript('sidebar/main.ts', { minify }),
  ]);
  // Function replacers: `$&` and friends in the bundle must stay literal.
  return page
    .replace('/*@STYLE@*/', () => inlineSafe(css, 'style'))
    .replace('/*@SCRIPT@*/', () => inlineSafe(js, 'script'));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.stdout.write(await buildSidebarHtml());
}
