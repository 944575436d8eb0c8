// Letters to schools, composed in core: each carries its own school's issues only — never another's sheet or teacher.
import fc from 'fast-check';
import { SCHOOL_SHEET_KINDS } from '../../src/core/catalogue/sheets';
import { schoolLetters } from '../../src/core/reminders';
import { matchKey } from '../../src/core/text';
import type { SheetData } from '../../src/core/table';
import { generateDistrict } from '../../tools/sample/district';
import { buildInMemory } from '../support/run';
import {
  COURSE_HEADER,
  course,
  parameters,
  PERIOD_2021,
  registry,
  sheet,
  TEACHER_HEADER,
  teacher,
} from '../support/district';

/** Teacher keys per school code, read from the generated sheets' first column (ФИО). */
function teachersBySchool(
  sheets: readonly SheetData[],
  files: ReadonlyMap<string, SheetData[]>,
): Map<string, Set<string>> {
  const by = new Map<string, Set<string>>();
  const add = (code: string, s: SheetData) => {
    const set = by.get(code) ?? new Set<string>();
    for (const row of s.values.slice(1))
      if (typeof row[0] === 'string' && row[0].trim().length > 3) set.add(row[0].trim());
    by.set(code, set);
  };
  for (const s of sheets) {
    const m = /^(\S+) (Педагоги|Курсы|Мероприятия)$/.exec(s.name);
    if (m) add(m[1], s);
  }
  for (const [file, list] of files) for (const s of list) add(/ОО (\S+)\.xlsx/.exec(file)![1], s);
  return by;
}

test('свойство: письмо ОО не называет ни чужого листа, ни чужого педагога (общая таблица и таблицы ОО)', () => {
  const draw = [fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 2, max: 5 }), fc.boolean()] as const;
  fc.assert(
    fc.property(...draw, (seed, schools, perSchool) => {
      const d = generateDistrict({
        schools,
        teachersPerSchool: [4, 6, 3],
        seed,
        mistakes: true,
        notSubmitted: 1,
        perSchool,
      });
      const files = new Map([...d.schoolFiles].map(([name, sheets]) => [name, { ok: true as const, sheets }]));
      const result = buildInMemory(d.district, '2021-10-20', files);
      const teachers = teachersBySchool(d.district, d.schoolFiles);
      for (const letter of schoolLetters(result)) {
        const mine = teachers.get(letter.code) ?? new Set();
        const mineKeys = new Set([...mine].map(matchKey));
        for (const [code, names] of teachers) {
          if (code === letter.code) continue;
          for (const kind of SCHOOL_SHEET_KINDS) expect(letter.body).not.toContain(`${code} ${kind}`);
          for (const name of names) if (!mineKeys.has(matchKey(name))) expect(letter.body).not.toContain(name);
        }
      }
    }),
    { numRuns: 12 },
  );
});

test('номер документа, уже указанный другой ОО: письмо говорит «другой ОО», «Ошибки» называют её лист', () => {
  const result = buildInMemory(
    [
      parameters(PERIOD_2021),
      registry([
        { code: '01', name: 'МБОУ СОШ №1' },
        { code: '02', name: 'МБОУ СОШ №2' },
      ]),
      sheet('01 Педагоги', TEACHER_HEADER, [teacher('Иванова Анна Петровна')]),
      sheet('01 Курсы', COURSE_HEADER, [
        course('Иванова Анна Петровна', '10.03.2021', { 'Номер документа': '772401' }),
      ]),
      sheet('02 Педагоги', TEACHER_HEADER, [teacher('Смирнова Ольга Ивановна')]),
      sheet('02 Курсы', COURSE_HEADER, [
        course('Смирнова Ольга Ивановна', '10.03.2021', { 'Номер документа': '772401' }),
      ]),
    ],
    '2021-10-01',
  );
  const duplicate = result.issues.find((i) => i.code === 'certificate_duplicate')!;
  expect(duplicate.school).toBe('02');
  expect(duplicate.anonymous).toContain('лист «01 Курсы»');
  const letter = schoolLetters(result).find((l) => l.code === '02')!;
  expect(letter.body).toContain('02 Курсы!M2 — Номер документа «772401» уже указан в данных другой ОО района.');
  expect(letter.body).not.toContain('01 Курсы');
});

test('сдавшая без единого замечания ОО письма не получает', () => {
  const result = buildInMemory(
    [
      parameters(PERIOD_2021),
      registry([{ code: '01', name: 'МБОУ СОШ №1' }]),
      sheet('01 Педагоги', TEACHER_HEADER, [teacher('Иванова Анна Петровна')]),
      sheet('01 Курсы', COURSE_HEADER, []),
      sheet('01 Мероприятия', ['ФИО', 'Вид', 'Уровень', 'Название', 'Дата', 'Результат'], []),
    ],
    '2021-10-01',
  );
  expect(result.issues).toEqual([]);
  expect(schoolLetters(result)).toEqual([]);
});
