// `Рекомендации` in an ОО's own file: its own section of the letter, word for word, and no other school's.
import { LETTER_SHEET } from '../../../src/core/catalogue/documents';
import { letterSheet } from '../../../src/core/layout/letterSheet';
import { buildLetter } from '../../../src/core/report/letter';
import type { ReportBlock } from '../../../src/core/report/model';
import { generateDistrict, SAMPLE_OPTIONS } from '../../../tools/sample/district';
import { buildInMemory } from '../../support/run';

const sample = generateDistrict(SAMPLE_OPTIONS).district;
const result = buildInMemory(sample, '2026-11-22');
const text = (b: ReportBlock) => (b.kind === 'paragraph' ? b.runs.map((r) => (typeof r === 'string' ? r : r.text)).join('') : '');
const letter = buildLetter(result).blocks.map(text);
const cells = (code: string) => (letterSheet(result, code)?.rows ?? []).map((r) => String(r[0].value));

test('each ОО the letter writes to gets its own section, as the letter words and numbers it', () => {
  const heads = letter.filter((x) => /^\d+\. /.test(x));
  expect(heads.length).toBeGreaterThan(0);
  for (const s of result.schools.filter((x) => x.submitted)) {
    const head = heads.find((h) => h.endsWith(`. ${s.school.name}`));
    const sheet = letterSheet(result, s.school.code);
    if (!head) {
      expect(sheet).toBeNull();
      continue;
    }
    expect(sheet?.name).toBe(LETTER_SHEET);
    const n = head.split('.')[0];
    const own = letter.filter((x) => x === head || x.startsWith(`${n}.`) && /^\d+\.\d+\. /.test(x));
    expect(cells(s.school.code)).toEqual(expect.arrayContaining(own));
  }
});

test('no file carries another school’s section or name', () => {
  const names = result.schools.map((s) => s.school.name);
  for (const s of result.schools) {
    const all = cells(s.school.code).join('\n');
    for (const other of names.filter((x) => x !== s.school.name && !s.school.name.includes(x))) {
      expect(all).not.toContain(other);
    }
  }
});

test('an ОО that did not submit, or an unknown code, gets no sheet', () => {
  const missing = result.schools.find((s) => !s.submitted)!;
  expect(letterSheet(result, missing.school.code)).toBeNull();
  expect(letterSheet(result, 'нет такой')).toBeNull();
});

test('the sheet names no teacher', () => {
  const people = new Set<string>();
  for (const sh of sample) {
    if (/(Педагоги|Курсы|Мероприятия)$/.test(sh.name)) for (const r of sh.values.slice(1)) if (typeof r[0] === 'string') people.add(r[0]);
  }
  const all = result.schools.map((s) => cells(s.school.code).join('\n')).join('\n');
  expect([...people].filter((p) => all.includes(p))).toEqual([]);
});
