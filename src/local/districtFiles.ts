// Opens a district .xlsx and, in per-school mode, each school's own .xlsx named in `ОО` → `Таблица`.
import { dirname } from 'node:path';
import { planBuild } from '../app/pipeline';
import type { IsoDate } from '../core/dates';
import { DataError } from '../core/errors';
import type { DistrictPlan } from '../core/plan';
import type { SchoolFile } from '../core/schoolSheets';
import type { SheetData } from '../core/table';
import { countText, LIMITS } from './limits';
import { memoryPorts, type MemoryPorts } from './memory/ports';
import { fileId, schoolFilePath, schoolFolder, type SchoolFolder } from './safePaths';
import { readXlsx } from './xlsxRead';

export interface OpenedDistrict {
  /** The add-on's ports over the workbook and the school files it names, in memory. */
  ports: MemoryPorts;
  plan: DistrictPlan;
}

/** Where a school file is on disk (checked, not yet read), or why it cannot be read. */
export type Located = { ok: true; path: string } | { ok: false; reason: string };

/** A school's `Таблица`: a path inside the schools' folder; Google links cannot be opened offline. */
export async function locateSchoolFile(link: string, folder: SchoolFolder): Promise<Located> {
  if (/^https?:\/\//i.test(link)) {
    return {
      ok: false,
      reason:
        'это ссылка на Google Таблицу, а офлайн-сборка читает только файлы .xlsx '
        + '(скачайте таблицу ОО как .xlsx и укажите путь к файлу).',
    };
  }
  return schoolFilePath(link, folder);
}

/** Reads a located school file; a damaged or wrong file is the school's issue, not the build's failure. */
export async function readSchoolFile(located: Located): Promise<SchoolFile> {
  if (!located.ok) return located;
  try {
    const sheets: SheetData[] = await readXlsx(located.path);
    return { ok: true, sheets };
  } catch (e) {
    return { ok: false, reason: e instanceof DataError ? e.message : 'файл не удалось прочитать.' };
  }
}

/** One school's `Таблица` opened at once (tests, tools): located inside `schoolsDir`, then read. */
export async function openSchoolFile(
  link: string,
  districtPath: string,
  schoolsDir = dirname(districtPath),
): Promise<SchoolFile> {
  return readSchoolFile(await locateSchoolFile(link, await schoolFolder(schoolsDir)));
}

function cellsOf(sheets: readonly SheetData[]): number {
  let n = 0;
  for (const s of sheets) for (const row of s.values) n += row.length;
  return n;
}

/**
 * Every school file is read before the build (ports are synchronous, as Apps Script's are); the cells kept for the
 * whole district have a limit of their own, so many files within the per-file limits cannot exhaust memory.
 */
function addCells(total: { cells: number }, sheets: readonly SheetData[]): void {
  total.cells += cellsOf(sheets);
  checkDistrictCells(total.cells);
}

/** Refuses a district whose workbooks together hold more cells than the build keeps in memory at once. */
export function checkDistrictCells(cells: number): void {
  if (cells <= LIMITS.districtCells) return;
  throw new DataError(
    `Данных района больше, чем сборка обрабатывает за один раз: больше ${countText(LIMITS.districtCells)} `
      + 'ячеек в книге района и таблицах ОО вместе. Разделите район на части и соберите каждую отдельно.',
  );
}

/**
 * Reads the district workbook and the school files it names. School files must lie in `schoolsDir` (by default
 * the district file's folder): the registry cannot make the build read anything else on the disk. One file named by
 * two links is read once; its identity tells the pipeline that the second school names the same file.
 */
export async function openDistrict(
  path: string,
  today: IsoDate,
  onSchoolFile?: (code: string) => void,
  schoolsDir: string = dirname(path),
): Promise<OpenedDistrict> {
  const sheets = await readXlsx(path);
  const total = { cells: 0 };
  addCells(total, sheets);
  const ports = memoryPorts({ sheets, today, url: path });
  const plan = planBuild(ports);
  const fileSchools = plan.schools.filter((s) => plan.locations[s.code].mode === 'file');
  if (fileSchools.length === 0) return { ports, plan };
  const folder = await schoolFolder(schoolsDir);
  const seenLinks = new Set<string>();
  const readIds = new Set<string>();
  for (const school of fileSchools) {
    const location = plan.locations[school.code];
    if (location.mode !== 'file' || seenLinks.has(location.link)) continue;
    seenLinks.add(location.link);
    const where = await locateSchoolFile(location.link, folder);
    const id = where.ok ? await fileId(where.path).catch(() => undefined) : undefined;
    if (id !== undefined && readIds.has(id)) {
      // Another link to a file already read: the pipeline reports the school, nothing is read twice.
      ports.files.add(location.link, { ok: false, reason: 'файл уже прочитан для другой ОО.' }, id);
      continue;
    }
    if (id !== undefined) readIds.add(id);
    onSchoolFile?.(school.code);
    const file = await readSchoolFile(where);
    if (file.ok) addCells(total, file.sheets);
    ports.files.add(location.link, file, id);
  }
  return { ports, plan };
}
