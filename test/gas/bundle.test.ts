// The artifact clasp pushes: dist/ with a bundle that runs in a bare V8 context and exposes every entry point.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { ENTRY_POINTS } from '../../src/gas/entryPoints';
import { buildDist, readCode } from './harness';

let dist: string;
let code: string;

beforeAll(() => {
  dist = buildDist();
  code = readCode(dist);
});

test('dist holds exactly the manifest, the bundle and the sidebar', () => {
  expect(readdirSync(dist).sort()).toEqual(['Code.js', 'Sidebar.html', 'appsscript.json']);
});

test('the bundle loads in a bare V8 context and every entry point is a top-level function', () => {
  const context = vm.createContext({});
  vm.runInContext(code, context);
  for (const name of ENTRY_POINTS) expect(typeof (context as Record<string, unknown>)[name]).toBe('function');
  expect(ENTRY_POINTS).toEqual(
    expect.arrayContaining([
      'onOpen',
      'onInstall',
      'showSidebar',
      'getPanelState',
      'setupWorkbook',
      'startJob',
      'continueJob',
      'openCell',
    ]),
  );
});

test('each stub delegates to the bundle under the same name', () => {
  for (const name of ENTRY_POINTS)
    expect(code).toContain(`function ${name}(...args) { return PedMonitor.${name}(...args); }`);
});

test('the bundle uses no module system and no Node API', () => {
  // Comments may mention them (zod's do); code may not.
  const program = code
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n');
  expect(program).not.toMatch(/\brequire\s*\(/);
  expect(program).not.toMatch(/\bimport\s*\(|^\s*import\s|^\s*export\s/m);
  expect(program).not.toMatch(/\b(process\.(env|argv|exit|cwd)|__dirname|Buffer\.|node:)/);
});

test('the manifest runs on V8 in Moscow time with the scopes the add-on needs; of Drive only its own files', () => {
  const manifest = JSON.parse(readFileSync(join(dist, 'appsscript.json'), 'utf8'));
  expect(manifest.runtimeVersion).toBe('V8');
  expect(manifest.timeZone).toBe('Europe/Moscow');
  expect(manifest.oauthScopes).toEqual([
    'https://www.googleapis.com/auth/spreadsheets',
    'https://www.googleapis.com/auth/documents',
    'https://www.googleapis.com/auth/script.container.ui',
    'https://www.googleapis.com/auth/drive.file',
    'https://www.googleapis.com/auth/script.send_mail',
  ]);
  expect(JSON.stringify(manifest)).not.toMatch(/auth\/drive(\.readonly)?"/);
});

test('the manifest enables the Advanced Sheets service (API v4) and Drive (v3, to trash «Диагностика»’s temporary files)', () => {
  const manifest = JSON.parse(readFileSync(join(dist, 'appsscript.json'), 'utf8'));
  expect(manifest.dependencies.enabledAdvancedServices).toEqual([
    { userSymbol: 'Sheets', serviceId: 'sheets', version: 'v4' },
    { userSymbol: 'Drive', serviceId: 'drive', version: 'v3' },
  ]);
  expect(code).toMatch(/\bSheets\.Spreadsheets\.(get|batchUpdate)\b|Spreadsheets\.get\(/);
});

test('clasp pushes dist/', () => {
  const clasp = JSON.parse(readFileSync(join(__dirname, '../../.clasp.json'), 'utf8'));
  expect(clasp.rootDir).toBe('dist');
});

// The size is the guard against zod coming back (it adds ~700 КБ); the bundle itself grew with the documents and
// issue 12's letters and journal to ~410 КБ.
test('the bundle carries no zod: the add-on writes summaries and reads back only its own (911 КБ with zod, ~410 КБ without)', () => {
  expect(code).not.toMatch(/ZodError|\$ZodType/);
  expect(Buffer.byteLength(code)).toBeLessThan(450 * 1024);
});
