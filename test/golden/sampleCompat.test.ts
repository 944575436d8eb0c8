// Issue 10 adds only optional columns and sheets: today's sample workbook builds with today's figures (pinned here
// from the build just before issue 10), and the only issues gone are the two 8-hour courses, now short courses.
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { toSummary, type Summary } from '../../src/core/summary';
import { buildFromXlsx } from '../../src/local/outputFolder';
import { TODAY } from '../support/district';

const SAMPLE = join(__dirname, '..', '..', 'samples', 'district.xlsx');
interface Before {
  district: Summary['district']['indicators'];
  schools: Record<string, { submitted: boolean; rows: Summary['schools'][number]['rows']; indicators: Summary['district']['indicators'] }>;
  issues: string[];
}
const before = JSON.parse(readFileSync(join(__dirname, 'sample-before-issue10.json'), 'utf8')) as Before;

let summary: Summary;
beforeAll(async () => {
  summary = toSummary((await buildFromXlsx(SAMPLE, TODAY)).result);
});

test('every indicator the district had before keeps its value', () => {
  for (const [code, v] of Object.entries(before.district)) expect({ code, v: summary.district.indicators[code] }).toEqual({ code, v });
});

test('every ОО keeps its status, row counts and every indicator it had', () => {
  for (const s of summary.schools) {
    const old = before.schools[s.code];
    expect({ code: s.code, submitted: s.submitted, rows: s.rows }).toEqual({ code: s.code, submitted: old.submitted, rows: old.rows });
    for (const [code, v] of Object.entries(old.indicators)) expect({ school: s.code, code, v: s.indicators[code] }).toEqual({ school: s.code, code, v });
  }
});

test('issues are the same but for the 8-hour courses, which are short courses now (PK14)', () => {
  const now = summary.issues.map((i) => `${i.sheet}!${i.cell} ${i.code}`);
  expect(now).toEqual(before.issues.filter((i) => i !== '09 Курсы!F11 out_of_range' && i !== '12 Курсы!F2 out_of_range'));
  expect(summary.district.indicators.PK14).toEqual({ value: 2 });
});
