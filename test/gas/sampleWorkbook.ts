// The sample district put into fake Google spreadsheets: one shared workbook, or a workbook plus one file per school.
import { buildInMemory } from '../support/run';
import type { SchoolFile } from '../../src/core/schoolSheets';
import { SHEET_NAMES } from '../../src/core/catalogue/sheets';
import { toSummary, type Summary } from '../../src/core/summary';
import type { SheetData } from '../../src/core/table';
import { generateDistrict, type SampleOptions } from '../../tools/sample/district';
import { FakeGoogle } from './fakes/google';
import { loadSheets } from './harness';

/** The day the sample is built on (the period is set in its `Параметры`). */
export const TODAY = '2021-11-15';

export interface LoadedDistrict {
  google: FakeGoogle;
  /** The offline build's summary.json for the same data. */
  offline: Summary;
  /** School code → its fake file (per-school mode). */
  files: Map<string, string>;
}

/** Shared mode: every sheet in the active workbook. */
export function sharedDistrict(options: SampleOptions): LoadedDistrict {
  const sample = generateDistrict(options);
  const google = new FakeGoogle();
  loadSheets(google.active, sample.district);
  const offline = toSummary(buildInMemory(sample.district, TODAY));
  return { google, offline, files: new Map() };
}

/** Per-school mode: each school's sheets in a file of its own, `ОО` → `Таблица` holding the file's URL. */
export function perSchoolDistrict(options: SampleOptions): LoadedDistrict {
  const sample = generateDistrict({ ...options, perSchool: true });
  const google = new FakeGoogle();
  const registry = sample.district.find((s) => s.name === SHEET_NAMES.registry) as SheetData;
  const linkColumn = (registry.values[0] as string[]).indexOf('Таблица');
  const files = new Map<string, string>();
  const offlineFiles = new Map<string, SchoolFile>();
  const rows = registry.values.map((row, i) => {
    if (i === 0) return row;
    const code = String(row[0]);
    const fileName = String(row[linkColumn]);
    const ss = google.newSpreadsheet(`${String(row[1])} — PedMonitor`);
    const sheets = sample.schoolFiles.get(fileName);
    if (sheets) {
      loadSheets(ss, sheets);
      ss.deleteSheet(ss.sheet('Лист1'));
      offlineFiles.set(ss.url, { ok: true, sheets });
    } else {
      offlineFiles.set(ss.url, { ok: true, sheets: [] });
    }
    files.set(code, ss.url);
    const copy = [...row];
    copy[linkColumn] = ss.url;
    return copy;
  });
  const district = sample.district.map((s) => (s === registry ? { ...s, values: rows } : s));
  loadSheets(google.active, district);
  const offline = toSummary(buildInMemory(district, TODAY, offlineFiles));
  return { google, offline, files };
}
