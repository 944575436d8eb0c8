// `Рекомендации` in an ОО's own file: its own section of the letter, word for word, and no other school's.
import { LETTER_SHEET } from '../../../src/core/catalogue/documents';
import { letterSheet, recommendationSheets } from '../../../src/core/layout/letterSheet';
import { buildLetter } from '../../../src/core/report/letter';
import type { ReportBlock } from '../../../src/core/report/model';
import { generateDistrict, SAMPLE_OPTIONS } from '../../../tools/sample/district';
import { buildInMemory } from '../../support/run';
import { text as runsText } from '../report/reading';
import {
  course,
  COURSE_HEADER,
  EVENT_HEADER,
  parameters,
  PERIOD_2021,
  registry,
  sheet,
  teacher,
  TEACHER_HEADER,
} from '../../support/district';

const sample = generateDistrict(SAMPLE_OPTIONS).district;
const result = buildInMemory(sample, '2026-11-22');
const text = (b: ReportBlock) => (b.kind === 'paragraph' ? runsText(b.runs) : '');
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
    const own = letter.filter((x) => x === head || (x.startsWith(`${n}.`) && /^\d+\.\d+\. /.test(x)));
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
    if (/(Педагоги|Курсы|Мероприятия)$/.test(sh.name))
      for (const r of sh.values.slice(1)) if (typeof r[0] === 'string') people.add(r[0]);
  }
  const all = result.schools.map((s) => cells(s.school.code).join('\n')).join('\n');
  expect([...people].filter((p) => all.includes(p))).toEqual([]);
});

describe('recommendationSheets: one `Рекомендации` per school file', () => {
  const codes = result.schools.map((s) => s.school.code);
  const sheets = recommendationSheets(result, codes);
  const only = (i: number) => sheets[i].rows.map((r) => String(r[0].value));

  test('an ОО the letter writes to gets exactly its letterSheet', () => {
    codes.forEach((code, i) => {
      const own = letterSheet(result, code);
      if (own) expect(sheets[i]).toEqual(own);
    });
  });

  test('an ОО that did not submit is told why it has no recommendations', () => {
    const missing = codes.findIndex((_, i) => !result.schools[i].submitted);
    expect(only(missing)).toEqual([
      expect.stringMatching(/^Сведения вашей организации в мониторинг за 2020\/2021 .*не поступили/),
    ]);
    expect(sheets[missing].name).toBe(LETTER_SHEET);
  });
});

test('an ОО the letter skips (no problem) is told it has no recommendations; the other keeps its section', () => {
  const diagnosed = { 'Диагностика дефицитов': '10.02.2021' };
  const names = Array.from({ length: 10 }, (_, i) => `Педагог ${i + 1}`);
  const small = buildInMemory([
    parameters(PERIOD_2021),
    registry([
      { code: '01', name: 'МБОУ СОШ №1' },
      { code: '02', name: 'МБОУ СОШ №2' },
    ]),
    sheet(
      '01 Педагоги',
      TEACHER_HEADER,
      names.map((n) => teacher(n)),
    ),
    sheet('01 Курсы', COURSE_HEADER, []),
    sheet('01 Мероприятия', EVENT_HEADER, []),
    sheet('02 Педагоги', TEACHER_HEADER, [teacher('Педагог А', diagnosed)]),
    sheet('02 Курсы', COURSE_HEADER, [course('Педагог А', '20.03.2021', { Адресная: 'да' })]),
    sheet('02 Мероприятия', EVENT_HEADER, []),
  ]);
  const [first, second] = recommendationSheets(small, ['01', '02']);
  expect(first.rows.map((r) => String(r[0].value))).toContain('1. МБОУ СОШ №1');
  expect(second.rows.map((r) => r[0].value)).toEqual([
    'По итогам мониторинга за 2020/2021 учебный год адресных рекомендаций вашей организации нет: '
      + 'проблем, требующих мер, не выявлено.',
  ]);
  expect(JSON.stringify(second)).not.toContain('МБОУ СОШ №1');
});
