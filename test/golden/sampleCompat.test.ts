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
  schools: Record<
    string,
    { submitted: boolean; rows: Summary['schools'][number]['rows']; indicators: Summary['district']['indicators'] }
  >;
  issues: string[];
}
const before = JSON.parse(readFileSync(join(__dirname, 'sample-before-issue10.json'), 'utf8')) as Before;

let summary: Summary;
// Reading the sample .xlsx takes seconds on a busy shared machine: more than jest's default 5 s.
beforeAll(async () => {
  summary = toSummary((await buildFromXlsx(SAMPLE, TODAY)).result);
}, 120000);

test('every indicator the district had before keeps its value', () => {
  for (const [code, v] of Object.entries(before.district))
    expect({ code, v: summary.district.indicators[code] }).toEqual({ code, v });
});

test('every ОО keeps its status, row counts and every indicator it had', () => {
  for (const s of summary.schools) {
    const old = before.schools[s.code];
    expect({ code: s.code, submitted: s.submitted, rows: s.rows }).toEqual({
      code: s.code,
      submitted: old.submitted,
      rows: old.rows,
    });
    for (const [code, v] of Object.entries(old.indicators))
      expect({ school: s.code, code, v: s.indicators[code] }).toEqual({ school: s.code, code, v });
  }
});

test('issues are the same but for the 8-hour courses, which are short courses now (PK14)', () => {
  const now = summary.issues.map((i) => `${i.sheet}!${i.cell} ${i.code}`);
  // Issue 16 retired «Образование»: generated sheets lost column F, and school 09's old column is flagged.
  const retired: Record<string, string> = {
    '02 Педагоги!I7 not_a_date': '02 Педагоги!H7 not_a_date',
    '05 Педагоги!I3 attestation_date_missing': '05 Педагоги!H3 attestation_date_missing',
    '08 Педагоги!S1 column_unknown': '08 Педагоги!R1 column_unknown',
    '09 Педагоги!A1 column_unknown': '09 Педагоги!A1 column_unknown\n09 Педагоги!I1 column_retired',
  };
  const expected = before.issues
    .filter((i) => i !== '09 Курсы!F11 out_of_range' && i !== '12 Курсы!F2 out_of_range')
    .flatMap((i) => (retired[i] ?? i).split('\n'));
  expect(now).toEqual(expected);
  expect(summary.district.indicators.PK14).toEqual({ value: 2 });
});
