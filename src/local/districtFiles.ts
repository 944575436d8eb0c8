// Opens a district .xlsx and, in per-school mode, each school's own .xlsx named in `ОО` → `Таблица`, one at a time.
import { dirname } from 'node:path';
import { memorySource, planFrom, type SchoolFile, type SheetSource } from '../core/build';
import type { IsoDate } from '../core/dates';
import { requireSchools, type DistrictPlan } from '../core/district';
import { DataError } from '../core/errors';
import { earlierSchoolWithSameFile, sameFileReason } from '../core/sameFile';
import { fileId, schoolFilePath, schoolFolder, type SchoolFolder } from './safePaths';
import { readXlsx } from './xlsxRead';

/** Where each per-school file is on disk (checked, not yet read), or why it cannot be read. */
type Located = { ok: true; path: string } | { ok: false; reason: string };

export interface OpenedDistrict {
  source: SheetSource;
  plan: DistrictPlan;
  /** Reads a school's own file when its turn comes: one school's sheets are in memory at a time. */
  openSchool(code: string): Promise<SchoolFile | undefined>;
}

const GOOGLE_LINK = /^https?:\/\//i;

/** A school's `Таблица`: a path inside the schools' folder; Google links cannot be opened offline. */
export async function locateSchoolFile(link: string, folder: SchoolFolder): Promise<Located> {
  if (GOOGLE_LINK.test(link)) {
    return { ok: false, reason: 'это ссылка на Google Таблицу, а офлайн-сборка читает только файлы .xlsx (скачайте таблицу ОО как .xlsx и укажите путь к файлу).' };
  }
  return schoolFilePath(link, folder);
}

/** Reads a located school file; a damaged or wrong file is the school's issue, not the build's failure. */
export async function readSchoolFile(located: Located): Promise<SchoolFile> {
  if (!located.ok) return located;
  try {
    return { ok: true, sheets: await readXlsx(located.path) };
  } catch (e) {
    return { ok: false, reason: e instanceof DataError ? e.message : 'файл не удалось прочитать.' };
  }
}

/** One school's `Таблица` opened at once (tests, tools): located inside `schoolsDir`, then read. */
export async function openSchoolFile(link: string, districtPath: string, schoolsDir = dirname(districtPath)): Promise<SchoolFile> {
  return readSchoolFile(await locateSchoolFile(link, await schoolFolder(schoolsDir)));
}

/** Locates every school file first: two rows naming one file (`s.xlsx`, `./s.xlsx`) are found before any is read. */
async function locateAll(plan: DistrictPlan, folder: SchoolFolder): Promise<Map<string, Located>> {
  const located = new Map<string, Located>();
  const idByLink = new Map<string, string | null>();
  for (const school of plan.schools) {
    const src = plan.sources[school.code];
    if (src.mode !== 'file') continue;
    const where = await locateSchoolFile(src.link, folder);
    located.set(school.code, where);
    idByLink.set(src.link, where.ok ? await fileId(where.path).catch(() => null) : null);
  }
  for (const school of plan.schools) {
    const first = earlierSchoolWithSameFile(plan, school, (link) => idByLink.get(link) ?? null);
    if (first) located.set(school.code, { ok: false, reason: sameFileReason(first) });
  }
  return located;
}

/**
 * Reads the district workbook and plans the build. School files must lie in `schoolsDir` (by default the district
 * file's folder): the registry cannot make the build read anything else on the disk.
 */
export async function openDistrict(
  path: string,
  today: IsoDate,
  onSchoolFile?: (code: string) => void,
  schoolsDir: string = dirname(path),
): Promise<OpenedDistrict> {
  const source = memorySource(await readXlsx(path));
  const plan = planFrom(source, today);
  requireSchools(plan);
  const perSchool = plan.schools.some((s) => plan.sources[s.code].mode === 'file');
  const located = perSchool ? await locateAll(plan, await schoolFolder(schoolsDir)) : new Map<string, Located>();
  return {
    source,
    plan,
    openSchool: async (code) => {
      const where = located.get(code);
      if (!where) return undefined;
      onSchoolFile?.(code);
      return readSchoolFile(where);
    },
  };
}
