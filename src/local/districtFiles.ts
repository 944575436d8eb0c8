// Opens a district .xlsx and, in per-school mode, each school's own .xlsx named in `ОО` → `Таблица`.
import { dirname, isAbsolute, resolve } from 'node:path';
import { planBuild } from '../app/pipeline';
import type { IsoDate } from '../core/dates';
import { DataError } from '../core/errors';
import type { DistrictPlan } from '../core/plan';
import type { SchoolFile } from '../core/schoolSheets';
import type { SheetData } from '../core/table';
import { memoryPorts, type MemoryPorts } from './memory/ports';
import { readXlsx } from './xlsxRead';

export interface OpenedDistrict {
  /** The add-on's ports over the workbook and the school files it names, in memory. */
  ports: MemoryPorts;
  plan: DistrictPlan;
}

/** A school's `Таблица`: a path relative to the district file; Google links cannot be opened offline. */
export async function openSchoolFile(link: string, districtPath: string): Promise<SchoolFile> {
  if (/^https?:\/\//i.test(link)) {
    return {
      ok: false,
      reason: 'это ссылка на Google Таблицу, а офлайн-сборка читает только файлы .xlsx '
        + '(скачайте таблицу ОО как .xlsx и укажите путь к файлу).',
    };
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

/** Ports are synchronous (as Apps Script's are): every school file the plan names is read before the build. */
export async function openDistrict(
  path: string, today: IsoDate, onSchoolFile?: (code: string) => void,
): Promise<OpenedDistrict> {
  const ports = memoryPorts({ sheets: await readXlsx(path), today, url: path });
  const plan = planBuild(ports);
  const read = new Set<string>();
  for (const school of plan.schools) {
    const location = plan.locations[school.code];
    if (location.mode !== 'file' || read.has(location.link)) continue;
    onSchoolFile?.(school.code);
    read.add(location.link);
    ports.files.add(location.link, await openSchoolFile(location.link, path));
  }
  return { ports, plan };
}
