// Writes the build's files all or nothing: into a temporary folder inside the output folder, then renamed into place.
import { lstat, mkdir, mkdtemp, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { DataError } from '../core/errors';

/** The same file on disk (a symlink or another spelling of the path leads to it too). */
async function sameFile(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  try {
    const [x, y] = await Promise.all([stat(a), stat(b)]);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

/**
 * Refuses a build whose output would replace one of its own inputs (the district workbook given as --input
 * `out/summary.xlsx`, or a symlink at an output path leading to it): the district's data would be overwritten.
 */
export async function refuseInputAsOutput(
  inputs: readonly string[],
  outDir: string,
  names: readonly string[],
): Promise<void> {
  for (const input of inputs) {
    for (const name of names) {
      if (await sameFile(input, join(outDir, name))) {
        throw new DataError(
          `Файл «${input}» — это и исходные данные, и результат сборки (${name} в папке «${outDir}»): `
            + 'сборка перезаписала бы его. Укажите для результатов другую папку (--out).',
        );
      }
    }
  }
}

export interface Staging {
  /** Writes one output file into the temporary folder (never through a link: the file is new there). */
  write(name: string, bytes: Uint8Array | string): Promise<void>;
  /** Moves every written file into the output folder; a link planted at an output path is replaced, not followed. */
  commit(): Promise<void>;
  /** Removes the temporary folder and what was written into it (after a failure). */
  discard(): Promise<void>;
}

const TEMP_PREFIX = '.pedmonitor-';
/** A temporary folder without a live owner is left from a killed build when it is at least this old. */
const ORPHAN_AGE_MS = 60 * 60 * 1000;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes what killed builds left: `.pedmonitor-<pid>-…` of a process that is gone (on this machine), or any such
 * folder older than an hour (another machine's build on a shared disk, or a name from before the pid was added).
 */
async function removeOrphans(outDir: string): Promise<void> {
  const names = await readdir(outDir).catch(() => [] as string[]);
  for (const name of names.filter((n) => n.startsWith(TEMP_PREFIX))) {
    const path = join(outDir, name);
    const info = await lstat(path).catch(() => null);
    if (!info?.isDirectory()) continue;
    const pid = Number(/^\.pedmonitor-(\d+)-/.exec(name)?.[1]);
    const orphan = (Number.isInteger(pid) && pid > 0 && !alive(pid)) || Date.now() - info.mtimeMs > ORPHAN_AGE_MS;
    if (orphan) await rm(path, { recursive: true, force: true });
  }
}

/**
 * A temporary folder inside `outDir`, so the final renames stay on one disk. An interrupted build leaves the old
 * results whole (and a `.pedmonitor-…` folder, removed by the next build); the new ones appear only after all of them
 * are written.
 */
export async function stageOutputs(outDir: string): Promise<Staging> {
  await mkdir(outDir, { recursive: true });
  await removeOrphans(outDir);
  const temp = await mkdtemp(join(outDir, `${TEMP_PREFIX}${process.pid}-`));
  const written: string[] = [];
  return {
    async write(name, bytes) {
      await writeFile(join(temp, name), bytes, { flag: 'wx' });
      written.push(name);
    },
    async commit() {
      for (const name of written) {
        const target = join(outDir, name);
        // A folder at an output path cannot be replaced by a file: say so instead of a system error.
        const existing = await lstat(target).catch(() => null);
        if (existing?.isDirectory())
          throw new DataError(`В папке «${outDir}» на месте ${name} лежит папка: удалите или переименуйте её.`);
      }
      for (const name of written) await rename(join(temp, name), join(outDir, name));
      await rm(temp, { recursive: true, force: true });
    },
    async discard() {
      await rm(temp, { recursive: true, force: true });
    },
  };
}
