// Entry of the `pedmonitor` command: runs one command, maps failures to exit codes, never prints a stack trace.
import { DataError } from '../core/errors';
import { parseArgs, UsageError } from './args';
import { runBuild, runSample, runTemplate, type Log } from './commands';
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
        await runBuild(command, io.log);
        return EXIT.ok;
      case 'template':
        await runTemplate(command, io.log);
        return EXIT.ok;
      case 'sample':
        await runSample(command, io.log);
        return EXIT.ok;
    }
  } catch (e) {
    return failure(e, io);
  }
}

function failure(e: unknown, io: Io): number {
  if (e instanceof UsageError) {
    io.log(`Ошибка: ${e.message}`);
    io.log('Справка: pedmonitor --help');
    return EXIT.usage;
  }
  if (e instanceof DataError) {
    io.log(`Ошибка: ${e.message}`);
    return EXIT.data;
  }
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (code === 'EACCES' || code === 'EPERM') {
    io.log(`Ошибка: нет прав на запись или чтение (${(e as NodeJS.ErrnoException).path ?? ''}). Выберите другую папку.`);
    return EXIT.data;
  }
  if (code === 'ENOSPC') {
    io.log('Ошибка: на диске нет места для результатов.');
    return EXIT.data;
  }
  // A bug, not the user's data: one line, and the details only on request.
  io.log(`Внутренняя ошибка PedMonitor: ${e instanceof Error ? e.message : String(e)}`);
  if (process.env.PEDMONITOR_DEBUG) io.log(e instanceof Error && e.stack ? e.stack : String(e));
  else io.log('Подробности: запустите ещё раз с переменной окружения PEDMONITOR_DEBUG=1 и сообщите разработчикам.');
  return EXIT.data;
}
