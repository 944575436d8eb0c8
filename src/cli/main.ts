// Entry of the `pedmonitor` command: runs one command, maps failures to exit codes, never prints a stack trace.
import { DataError } from '../core/errors';
import { catalogueJson, indicatorsMarkdown } from '../core/catalogue/describe';
import { parseArgs, UsageError } from './args';
import type { Log } from './commands';
import { HELP } from './help';

declare const PEDMONITOR_VERSION: string | undefined;

export const EXIT = { ok: 0, data: 1, usage: 2 } as const;

export interface Io {
  out: (text: string) => void;
  log: Log;
}

const processIo: Io = {
  out: (text) => process.stdout.write(text),
  log: (line) => process.stderr.write(`${line}\n`),
};

/** exceljs and docx take a second to load: help and usage errors answer without them. */
const commands = () => import('./commands');

/** Operating-system errors on the files the user named, in Russian. */
function fileSystemMessage(e: unknown): string | null {
  const err = e as NodeJS.ErrnoException | null;
  if (!err || typeof err.code !== 'string' || typeof err.syscall !== 'string') return null;
  const where = err.path ? `«${err.path}»` : 'файл';
  switch (err.code) {
    case 'ENOENT':
      return `не найден путь ${where}.`;
    case 'EACCES':
    case 'EPERM':
      return `нет прав на запись или чтение ${where}. Выберите другую папку.`;
    case 'EROFS':
      return `${where} на диске только для чтения. Выберите другую папку.`;
    case 'EEXIST':
    case 'ENOTDIR':
      return `не удалось создать ${where}: на этом месте уже есть файл, а нужна папка.`;
    case 'EISDIR':
      return `${where} — это папка, а нужен файл.`;
    case 'ENOSPC':
      return 'на диске нет места для результатов.';
    default:
      return `не удалось записать или прочитать ${where} (${err.code}).`;
  }
}

/** The catalogue: JSON for programs, the method document in Markdown, or a short list for a person. */
function indicatorsText(format: 'text' | 'json' | 'markdown'): string {
  if (format === 'json') return `${JSON.stringify(catalogueJson(), null, 2)}\n`;
  if (format === 'markdown') return indicatorsMarkdown();
  return `${catalogueJson()
    .base.map((d) => `${d.code.padEnd(5)} ${d.name}${d.name.includes(d.unit) ? '' : ` (${d.unit})`}`)
    .join('\n')}\n`;
}

/** Runs the command line; resolves to the exit code. */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  try {
    const command = parseArgs(argv);
    switch (command.name) {
      case 'help':
        io.out(HELP);
        return EXIT.ok;
      case 'version':
        io.out(`${typeof PEDMONITOR_VERSION === 'string' ? PEDMONITOR_VERSION : 'dev'}\n`);
        return EXIT.ok;
      case 'build':
        await (await commands()).runBuild(command, io.log);
        return EXIT.ok;
      case 'template':
        await (await commands()).runTemplate(command, io.log);
        return EXIT.ok;
      case 'school-key':
        await (await commands()).runSchoolKey(command, io.log);
        return EXIT.ok;
      case 'names':
        await (await commands()).runNames(command, io.log);
        return EXIT.ok;
      case 'sample':
        await (await commands()).runSample(command, io.log);
        return EXIT.ok;
      case 'rollup':
        await (await commands()).runRollup(command, io.log);
        return EXIT.ok;
      case 'export':
        await (await commands()).runExport(command, io.log);
        return EXIT.ok;
      case 'feedback':
        await (await commands()).runFeedback(command, io.log);
        return EXIT.ok;
      case 'indicators':
        io.out(indicatorsText(command.format));
        return EXIT.ok;
    }
  } catch (e) {
    return failure(e, io);
  }
}

/** Maps a failure to its exit code and one Russian line (exported for tests that run commands in-process). */
export function failure(e: unknown, io: Io): number {
  if (e instanceof UsageError) {
    io.log(`Ошибка: ${e.message}`);
    io.log('Справка: pedmonitor --help');
    return EXIT.usage;
  }
  if (e instanceof DataError) {
    io.log(`Ошибка: ${e.message}`);
    return EXIT.data;
  }
  if ((e as NodeJS.ErrnoException | null)?.code === 'MODULE_NOT_FOUND') {
    io.log('Ошибка: не установлены библиотеки PedMonitor. Выполните в папке проекта «npm ci» и повторите команду.');
    return EXIT.data;
  }
  const fsMessage = fileSystemMessage(e);
  if (fsMessage) {
    io.log(`Ошибка: ${fsMessage}`);
    return EXIT.data;
  }
  // A bug, not the user's data: one line, and the details only on request.
  io.log(`Внутренняя ошибка PedMonitor: ${e instanceof Error ? e.message : String(e)}`);
  if (process.env.PEDMONITOR_DEBUG) io.log(e instanceof Error && e.stack ? e.stack : String(e));
  else io.log('Подробности: запустите ещё раз с переменной окружения PEDMONITOR_DEBUG=1 и сообщите разработчикам.');
  return EXIT.data;
}
