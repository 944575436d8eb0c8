// `npm run deploy:template`: creates once, or updates, the template spreadsheet methodologists copy (clasp).
import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildGas, TEMPLATE_CONFIG } from './build-gas.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Google's file and script ids: letters, digits, - and _, never short. */
const ID = /^[A-Za-z0-9_-]{20,}$/;
const LOGIN_HINT =
  'Проверьте вход в Google (npx clasp login) и что Google Apps Script API включён: '
  + 'https://script.google.com/home/usersettings (см. docs/google-setup.md, раздел для сопровождающего шаблон).';

/** The link a methodologist opens: Google shows «Создать копию» and copies the bound script with the file. */
export const copyUrl = (id) => `https://docs.google.com/spreadsheets/d/${id}/copy`;
export const editUrl = (id) => `https://docs.google.com/spreadsheets/d/${id}/edit`;

export class DeployError extends Error {}

/** clasp from PATH; the project's own copy (node_modules/.bin) is put last, so whatever comes first on PATH wins. */
function clasp(args, cwd) {
  const PATH = [process.env.PATH, join(ROOT, 'node_modules', '.bin')].filter(Boolean).join(delimiter);
  const shell = process.platform === 'win32';
  const run = spawnSync('clasp', args, { cwd, stdio: 'inherit', env: { ...process.env, PATH }, shell });
  if (run.error) {
    throw new DeployError(`Не удалось запустить clasp (${run.error.message}). Выполните npm ci в папке PedMonitor.`);
  }
  if (run.status !== 0) {
    throw new DeployError(`clasp ${args[0]} завершился с ошибкой (код ${run.status}). ${LOGIN_HINT}`);
  }
}

/** The config: a title always; the two ids either both empty (no template yet) or both real. */
async function readConfig(path) {
  const config = JSON.parse(await readFile(path, 'utf8'));
  if (typeof config.title !== 'string' || config.title.trim() === '') {
    throw new DeployError(`${path}: не указано название шаблона (title).`);
  }
  const ids = [config.spreadsheetId ?? '', config.scriptId ?? ''];
  if (ids.every((id) => id === '')) return { ...config, spreadsheetId: '', scriptId: '' };
  if (ids.every((id) => ID.test(id))) return config;
  throw new DeployError(
    `${path}: идентификаторы шаблона неполные или неверные (spreadsheetId и scriptId). `
      + 'Либо оставьте оба пустыми — будет создан новый шаблон, либо впишите оба из существующего шаблона.',
  );
}

/** What `clasp create` wrote into .clasp.json: the script and the spreadsheet it is bound to (parentId). */
async function createdIds(dir) {
  const written = JSON.parse(await readFile(join(dir, '.clasp.json'), 'utf8'));
  const parent = Array.isArray(written.parentId) ? written.parentId[0] : written.parentId;
  if (!ID.test(written.scriptId ?? '') || !ID.test(parent ?? '')) {
    throw new DeployError(
      'clasp create не сообщил идентификаторы новой таблицы и скрипта ' + '(.clasp.json без scriptId или parentId).',
    );
  }
  return { scriptId: written.scriptId, spreadsheetId: parent };
}

/**
 * Everything happens in a fresh folder holding only .clasp.json and the build: the developer's own .clasp.json
 * (their workbook) is never touched, and exactly the three files of dist/ are pushed.
 */
export async function deployTemplate({ config = TEMPLATE_CONFIG, log = (line) => console.log(line) } = {}) {
  const settings = await readConfig(config);
  const staging = await mkdtemp(join(tmpdir(), 'pedmonitor-template-'));
  try {
    let { spreadsheetId, scriptId } = settings;
    const created = scriptId === '';
    if (created) {
      clasp(['create', '--type', 'sheets', '--title', settings.title, '--rootDir', '.'], staging);
      ({ scriptId, spreadsheetId } = await createdIds(staging));
      // Saved before the push: if the push fails, the next run updates this template instead of making another.
      await writeFile(config, `${JSON.stringify({ ...settings, spreadsheetId, scriptId }, null, 2)}\n`);
      log(`Создан шаблон «${settings.title}»: ${editUrl(spreadsheetId)}.`);
      log(`Идентификаторы записаны в ${config} — закоммитьте его.`);
    } else {
      await writeFile(join(staging, '.clasp.json'), `${JSON.stringify({ scriptId, rootDir: '' }, null, 2)}\n`);
    }
    // What create pulled (the new project's empty Code.js and manifest) gives way to the build.
    for (const name of await readdir(staging)) {
      if (name !== '.clasp.json') await rm(join(staging, name), { recursive: true, force: true });
    }
    const built = await buildGas({ outDir: staging, templateId: spreadsheetId });
    clasp(['push', '--force'], staging);
    const url = copyUrl(spreadsheetId);
    log(`Шаблон ${created ? 'создан' : 'обновлён'}: PedMonitor ${built.version}.`);
    log('Ссылка для методистов («Создать копию»):');
    log(`  ${url}`);
    if (created) {
      log(
        'Откройте шаблон → «Настройки доступа» → «Все, у кого есть ссылка» → «Читатель»: '
          + 'иначе ссылка не откроется у методистов.',
      );
    }
    log(
      `Чтобы копии узнали о версии ${built.version}: откройте шаблон → Расширения → PedMonitor → `
        + '«Открыть панель» (шаблон запишет свою версию).',
    );
    return { created, spreadsheetId, scriptId, version: built.version, url };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const at = process.argv.indexOf('--config');
  try {
    await deployTemplate(at > 0 ? { config: resolve(process.argv[at + 1]) } : {});
  } catch (e) {
    const text = e instanceof Error ? e.message : String(e);
    console.error(e instanceof DeployError ? text : `Не удалось обновить шаблон: ${text}`);
    process.exit(1);
  }
}
