// Opens a district .xlsx and, in per-school mode, each school's own .xlsx named in `ОО` → `Таблица`.
import { dirname, isAbsolute, resolve } from 'node:path';
import { memorySource, planFrom, type SchoolFile, type SheetSource } from '../core/build';
import type { IsoDate } from '../core/dates';
import type { DistrictPlan } from '../core/district';
import { DataError } from '../core/errors';
import type { SheetData } from '../core/table';
import { readXlsx } from './xlsxRead';

export interface OpenedDistrict {
  source: SheetSource;
  plan: DistrictPlan;
  /** School code → its opened file (per-school mode only). */
  files: Map<string, SchoolFile>;
}

/** A school's `Таблица`: a path relative to the district file; Google links cannot be opened offline. */
export async function openSchoolFile(link: string, districtPath: string): Promise<SchoolFile> {
  if (/^https?:\/\//i.test(link)) {
    return { ok: false, reason: 'это ссылка на Google Таблицу, а офлайн-сборка читает только файлы .xlsx (скачайте таблицу ОО как .xlsx и укажите путь к файлу).' };
  }
  const path = isAbsolute(link) ? link : resolve(dirname(districtPath), link);
  try {
    const sheets: SheetData[] = await readXlsx(path);
    return { ok: true, sheets };
  } catch (e) {
    const why = e instanceof DataError ? e.message : 'файл не удалось прочитать.';
    return { ok: false, reason: why };
  }
}

export async function openDistrict(path: string, today: IsoDate, onSchoolFile?: (code: string) => void): Promise<OpenedDistrict> {
  const source = memorySource(await readXlsx(path));
  const plan = planFrom(source, today);
  const files = new Map<string, SchoolFile>();
  for (const school of plan.schools) {
    const src = plan.sources[school.code];
    if (src.mode !== 'file') continue;
    onSchoolFile?.(school.code);
    files.set(school.code, await openSchoolFile(src.link, path));
  }
  return { source, plan, files };
}
