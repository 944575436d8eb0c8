// Runs the core on in-memory sheets and gives handy views of the result for assertions.
import { buildDistrict, memorySource } from '../../src/core/build';
import type { SheetData } from '../../src/core/table';
import { toSummary } from '../../src/core/summary';
import { TODAY } from './district';

export function run(sheets: SheetData[], today = TODAY) {
  const result = buildDistrict(memorySource(sheets), today);
  const summary = toSummary(result);
  const school = (code = '01') => summary.schools.find((s) => s.code === code)!;
  const fig = (code: string, schoolCode?: string) =>
    (schoolCode ? school(schoolCode).indicators : summary.district.indicators)[code] as { value: number | null; numerator?: number; denominator?: number };
  const issuesAt = (sheet: string) => summary.issues.filter((i) => i.sheet === sheet);
  const codes = () => summary.issues.map((i) => `${i.sheet}!${i.cell} ${i.code}`);
  return { result, summary, school, fig, issuesAt, codes };
}
