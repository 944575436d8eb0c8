// Runs the add-on's build over in-memory ports (as the CLI does) and gives handy views of the result for assertions.
import { runBuild } from '../../src/app/pipeline';
import type { BuildResult } from '../../src/core/districtResult';
import { planWorkbook, type DistrictPlan } from '../../src/core/plan';
import type { SchoolFile } from '../../src/core/schoolSheets';
import { toSummary } from '../../src/core/summary';
import type { SheetData } from '../../src/core/table';
import { memoryPorts } from '../../src/local/memory/ports';
import { MemorySpreadsheet } from '../../src/local/memory/spreadsheet';
import { TODAY } from './district';

/** Every school, then the district sums; `files` — schools' own spreadsheets by the link in `ОО` → `Таблица`. */
export function buildInMemory(
  sheets: readonly SheetData[],
  today = TODAY,
  files: ReadonlyMap<string, SchoolFile> = new Map(),
): BuildResult {
  return runBuild(memoryPorts({ sheets, files, today }), []).result;
}

/** The plan alone: settings, registry, where each school's sheets are. */
export function planInMemory(sheets: readonly SheetData[], today = TODAY): DistrictPlan {
  return planWorkbook(new MemorySpreadsheet('memory:district', sheets), today);
}

export function run(sheets: SheetData[], today = TODAY) {
  const result = buildInMemory(sheets, today);
  const summary = toSummary(result);
  const school = (code = '01') => summary.schools.find((s) => s.code === code)!;
  const fig = (code: string, schoolCode?: string) =>
    (schoolCode ? school(schoolCode).indicators : summary.district.indicators)[code] as {
      value: number | null;
      numerator?: number;
      denominator?: number;
    };
  const issuesAt = (sheet: string) => summary.issues.filter((i) => i.sheet === sheet);
  const codes = () => summary.issues.map((i) => `${i.sheet}!${i.cell} ${i.code}`);
  return { result, summary, school, fig, issuesAt, codes };
}
