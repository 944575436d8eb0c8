// Reading only what the district meant: regular files, inside the district's folder, never a device, pipe or loop.
import { constants } from 'node:fs';
import { open, realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { DataError } from '../core/errors';
import { LIMITS, sizeText } from './limits';

/** A file read whole, with its identity on disk (two names of one file have the same). */
export interface ReadFile {
  bytes: Uint8Array;
  /** `device:inode`: `s.xlsx`, `./s.xlsx` and a hard link to it are one file. */
  id: string;
}

/** Why a path cannot be read, in Russian, from the error the system gave. */
function openFailure(path: string, e: unknown): DataError {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ELOOP')
    return new DataError(`«${path}» — символическая ссылка, которая ведёт сама на себя (по кругу): файла по ней нет.`);
  if (code === 'EACCES' || code === 'EPERM') return new DataError(`Нет прав на чтение файла «${path}».`);
  if (code === 'EISDIR') return new DataError(`«${path}» — это папка, а нужен файл книги .xlsx.`);
  return new DataError(`Файл «${path}» не найден.`);
}

/** `dir` holds `path` (or is it): both already resolved. */
export function isInside(dir: string, path: string): boolean {
  const rel = relative(dir, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/** The real path (symlinks resolved); a missing file, a loop or no access is a DataError. */
export async function realPath(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch (e) {
    throw openFailure(path, e);
  }
}

/** The identity of an existing file, without opening it (a FIFO would block an open). */
export async function fileId(path: string): Promise<string> {
  const s = await stat(path);
  return `${s.dev}:${s.ino}`;
}

/**
 * Reads a regular file of at most `limit` bytes. Opened without blocking and checked on the open handle before a
 * byte is read: `/dev/zero` would fill memory, a FIFO would wait forever, a folder has no bytes.
 */
export async function readRegularFile(path: string, limit: number = LIMITS.fileBytes): Promise<ReadFile> {
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    throw openFailure(path, e);
  }
  try {
    const s = await handle.stat();
    if (s.isDirectory()) throw new DataError(`«${path}» — это папка, а нужен файл книги .xlsx.`);
    if (!s.isFile()) {
      throw new DataError(`«${path}» — не обычный файл (устройство, канал или сокет), а нужен файл книги .xlsx.`);
    }
    if (s.size > limit) {
      throw new DataError(
        `Файл «${path}» слишком большой: ${sizeText(s.size)}, допустимо не больше ${sizeText(limit)}.`,
      );
    }
    // Exactly the size seen: a file that grows while read cannot push memory past the limit.
    const bytes = new Uint8Array(s.size);
    let filled = 0;
    while (filled < s.size) {
      const { bytesRead } = await handle.read(bytes, filled, s.size - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return { bytes: filled === s.size ? bytes : bytes.subarray(0, filled), id: `${s.dev}:${s.ino}` };
  } catch (e) {
    if (e instanceof DataError) throw e;
    throw openFailure(path, e);
  } finally {
    await handle.close();
  }
}

/** Where a school's file must lie, and how the registry's `Таблица` is resolved against it. */
export interface SchoolFolder {
  /** The folder as the user named it (for messages). */
  shown: string;
  /** Its real path (symlinks resolved). */
  real: string;
}

export async function schoolFolder(dir: string): Promise<SchoolFolder> {
  let real: string;
  try {
    real = await realpath(resolve(dir));
  } catch {
    throw new DataError(`Папка с таблицами ОО «${dir}» не найдена.`);
  }
  if (!(await stat(real)).isDirectory()) throw new DataError(`«${dir}» — не папка: укажите папку с таблицами ОО.`);
  return { shown: dir, real };
}

/**
 * A school's `Таблица` as a path inside the folder, or why not. A path leading out of the folder gets the same
 * answer whether or not something is there: the registry must not become a way to probe the disk.
 */
export async function schoolFilePath(
  link: string,
  folder: SchoolFolder,
): Promise<{ ok: true; path: string } | { ok: false; reason: string }> {
  const outside = {
    ok: false as const,
    reason:
      `путь ${JSON.stringify(link.slice(0, 120))} ведёт за пределы папки «${folder.shown}». `
      + 'Таблицы ОО должны лежать в папке книги района (или в папке, указанной параметром --schools-dir); укажите путь внутри неё.',
  };
  const wanted = resolve(folder.real, link);
  if (!isInside(folder.real, wanted)) return outside;
  let real: string;
  try {
    real = await realPath(wanted);
  } catch (e) {
    return { ok: false, reason: e instanceof DataError ? e.message : 'файл не удалось прочитать.' };
  }
  // A symlink inside the folder that points out of it is outside too.
  if (!isInside(folder.real, real)) return outside;
  return { ok: true, path: real };
}
