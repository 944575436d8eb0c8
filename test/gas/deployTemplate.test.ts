// `npm run deploy:template` against a fake clasp first on PATH: which calls, in which folder, with which files.
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

// Each run bundles the add-on (esbuild) and spawns node: seconds on a busy machine.
jest.setTimeout(120_000);

const ROOT = join(__dirname, '..', '..');
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const SHEET_ID = '1TemplateSheetFake000000000000xyz';
const SCRIPT_ID = '1TemplateScriptFake00000000000abc';

interface Call {
  args: string[];
  cwd: string;
  files: string[];
  snapshot: string;
}

interface Run {
  code: number | null;
  out: string;
  err: string;
  calls: Call[];
  config: Record<string, string>;
}

/** A folder with the fake clasp as `clasp`, a config file, and a log the fake appends to. */
function workspace(config: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'pedmonitor-deploy-'));
  mkdirSync(join(dir, 'bin'));
  copyFileSync(join(__dirname, 'fakes', 'clasp.cjs'), join(dir, 'bin', 'clasp'));
  chmodSync(join(dir, 'bin', 'clasp'), 0o755);
  mkdirSync(join(dir, 'log'));
  writeFileSync(join(dir, 'template.json'), JSON.stringify(config));
  return dir;
}

function deploy(dir: string, env: Record<string, string> = {}): Run {
  const log = join(dir, 'log', 'calls.jsonl');
  const script = join(ROOT, 'scripts', 'deploy-template.mjs');
  const r = spawnSync(process.execPath, [script, '--config', join(dir, 'template.json')], {
    encoding: 'utf8',
    cwd: dir,
    env: {
      ...process.env,
      PATH: `${join(dir, 'bin')}${delimiter}${process.env.PATH ?? ''}`,
      FAKE_CLASP_LOG: log,
      FAKE_CLASP_SCRIPT_ID: SCRIPT_ID,
      FAKE_CLASP_SHEET_ID: SHEET_ID,
      ...env,
    },
  });
  const calls = existsSync(log)
    ? readFileSync(log, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as Call)
    : [];
  const config = JSON.parse(readFileSync(join(dir, 'template.json'), 'utf8')) as Record<string, string>;
  return { code: r.status, out: r.stdout, err: r.stderr, calls, config };
}

const pushed = (call: Call, file: string) => readFileSync(join(call.snapshot, file), 'utf8');
const DIST = ['.clasp.json', 'Code.js', 'Sidebar.html', 'appsscript.json'];

describe('первый запуск: шаблона ещё нет', () => {
  let run: Run;
  beforeAll(() => {
    run = deploy(workspace({ title: 'PedMonitor', spreadsheetId: '', scriptId: '' }));
  });

  test('clasp создаёт таблицу с привязанным скриптом в пустой папке, затем загружает сборку', () => {
    expect(run.code).toBe(0);
    expect(run.calls.map((c) => c.args)).toEqual([
      ['create', '--type', 'sheets', '--title', 'PedMonitor', '--rootDir', '.'],
      ['push', '--force'],
    ]);
    expect(run.calls[0].files).toEqual([]);
    expect(run.calls[1].cwd).toBe(run.calls[0].cwd);
  });

  test('загружаются ровно три файла сборки, а не то, что clasp create скачал из нового проекта', () => {
    const push = run.calls[1];
    expect(push.files).toEqual(DIST);
    expect(JSON.parse(pushed(push, '.clasp.json'))).toMatchObject({ scriptId: SCRIPT_ID });
    expect(pushed(push, 'Code.js')).not.toContain('function myFunction()');
    const manifest = readFileSync(join(ROOT, 'appsscript.json'), 'utf8');
    expect(JSON.parse(pushed(push, 'appsscript.json'))).toEqual(JSON.parse(manifest));
  });

  test('сборка знает свою версию и идентификатор шаблона, с которым копии сравнивают версии', () => {
    const code = pushed(run.calls[1], 'Code.js');
    expect(code).toContain(JSON.stringify(SHEET_ID));
    expect(code).toContain(JSON.stringify(VERSION));
  });

  test('идентификаторы шаблона записаны в конфигурацию, название не изменилось', () => {
    expect(run.config).toEqual({ title: 'PedMonitor', spreadsheetId: SHEET_ID, scriptId: SCRIPT_ID });
  });

  test('печатает ссылку «Создать копию» и напоминает открыть доступ по ссылке', () => {
    expect(run.out).toContain(`https://docs.google.com/spreadsheets/d/${SHEET_ID}/copy`);
    expect(run.out).toContain('«Все, у кого есть ссылка»');
    expect(run.out).toContain(`PedMonitor ${VERSION}`);
  });
});

describe('повторный запуск: шаблон уже есть', () => {
  let run: Run;
  beforeAll(() => {
    run = deploy(workspace({ title: 'PedMonitor', spreadsheetId: SHEET_ID, scriptId: SCRIPT_ID }));
  });

  test('ничего не создаётся: только загрузка в скрипт шаблона', () => {
    expect(run.code).toBe(0);
    expect(run.calls.map((c) => c.args)).toEqual([['push', '--force']]);
    expect(run.calls[0].files).toEqual(DIST);
    expect(JSON.parse(pushed(run.calls[0], '.clasp.json'))).toEqual({ scriptId: SCRIPT_ID, rootDir: '' });
  });

  test('ссылка та же, конфигурация не меняется', () => {
    expect(run.out).toContain(`https://docs.google.com/spreadsheets/d/${SHEET_ID}/copy`);
    expect(run.out).toContain('обновлён');
    expect(run.config).toEqual({ title: 'PedMonitor', spreadsheetId: SHEET_ID, scriptId: SCRIPT_ID });
  });
});

test('загрузка не удалась: понятная ошибка, но созданный шаблон запомнен — повтор не создаст второй', () => {
  const dir = workspace({ title: 'PedMonitor', spreadsheetId: '', scriptId: '' });
  const failed = deploy(dir, { FAKE_CLASP_FAIL: 'push' });
  expect(failed.code).toBe(1);
  expect(failed.err).toContain('clasp push завершился с ошибкой');
  expect(failed.err).toContain('npx clasp login');
  expect(failed.config).toMatchObject({ spreadsheetId: SHEET_ID, scriptId: SCRIPT_ID });
  const retry = deploy(dir);
  expect(retry.code).toBe(0);
  expect(retry.calls.slice(failed.calls.length).map((c) => c.args)).toEqual([['push', '--force']]);
});

test('неполные идентификаторы в конфигурации: отказ до обращения к Google', () => {
  const run = deploy(workspace({ title: 'PedMonitor', spreadsheetId: SHEET_ID, scriptId: '' }));
  expect(run.code).toBe(1);
  expect(run.err).toContain('идентификаторы шаблона неполные');
  expect(run.calls).toEqual([]);
});
