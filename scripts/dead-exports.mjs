// Dead exports (`npm run lint` runs this): an exported name that nothing uses, not even its own module.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** Where exports live, and where they may be used. */
const OWNERS = ['src', 'sidebar', 'tools'];
const USERS = ['src', 'sidebar', 'tools', 'scripts', 'test'];
/** Names used by something the search cannot see: Apps Script calls the entry points by name, esbuild the bundles. */
const ALLOWED = new Set(
  readFileSync(join(root, 'scripts/dead-exports.allow'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#')),
);

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : files(path);
    return /\.(ts|mjs|cjs|js|html)$/.test(name) ? [path] : [];
  });
}

const texts = new Map(USERS.flatMap((d) => files(join(root, d))).map((f) => [f, readFileSync(f, 'utf8')]));
const EXPORT =
  /^export\s+(?:declare\s+)?(?:abstract\s+)?(?:async\s+)?(?:const|let|function\*?|class|interface|type|enum)\s+([A-Za-z_$][\w$]*)/gm;
const dead = [];
for (const [file, text] of texts) {
  if (!OWNERS.some((d) => relative(root, file).startsWith(`${d}/`)) || !file.endsWith('.ts')) continue;
  for (const m of text.matchAll(EXPORT)) {
    const name = m[1];
    const key = `${relative(root, file)}:${name}`;
    if (ALLOWED.has(key)) continue;
    const word = new RegExp(`(?<![\\w$])${name.replace(/\$/g, '\\$')}(?![\\w$])`, 'g');
    // Used elsewhere, or in its own module beyond the declaration (a type in an exported signature is alive).
    const used = [...texts].some(([other, t]) => (t.match(word)?.length ?? 0) > (other === file ? 1 : 0));
    if (!used) dead.push(key);
  }
}
if (dead.length > 0) {
  process.stderr.write(
    `Экспорты, которые нигде не используются (удалите или уберите export; исключения — scripts/dead-exports.allow):\n`,
  );
  for (const d of dead) process.stderr.write(`  ${d}\n`);
  process.exit(1);
}
process.stdout.write('Неиспользуемых экспортов нет.\n');
