// Property (issue 14): random bytes and random valid workbooks never crash or hang the build, and a failure is never
// an exit 0 with a stack trace — every run ends with exit 0, or exit 1 and one Russian line.
import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CellValue } from '../../src/core/cells';
import type { SheetData } from '../../src/core/table';
import { writeSheets } from '../../src/local/xlsxWrite';
import { COURSE_HEADER, EVENT_HEADER, parameters, PERIOD_2021, registry, TEACHER_HEADER } from '../support/district';
import { build, type Run } from './hostileFiles';
import { tempDir } from './xlsxFiles';

jest.setTimeout(240000);

/** What a run may end as: success, or a data failure in one Russian line; never an internal error or a trace. */
function expectCleanEnd(r: Run): void {
  expect([0, 1]).toContain(r.code);
  expect(r.err).not.toMatch(/Внутренняя ошибка|\n\s+at |RangeError|TypeError/);
  if (r.code === 1) expect(r.err.split('\n').filter((l) => l.startsWith('Ошибка: ')).length).toBe(1);
}

const INVISIBLES = ['\u200b', '\u2060', '\u00ad', '\ufeff', '\u0308', '\u200e'];
/** Text a school might type or paste, hostile characters included. */
const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('да', 'нет', 'высшая', 'Математика', '12.03.2021', '=1+1', '$1', "$'", '#N/A', '', ' '),
  fc.array(fc.constantFrom(...INVISIBLES, 'а', 'ё', ' '), { maxLength: 6 }).map((a) => a.join('')),
);
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  text,
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -5, max: 3000 }),
  fc.boolean(),
  fc.date({ min: new Date(Date.UTC(1900, 2, 1)), max: new Date(Date.UTC(2100, 0, 1)), noInvalidDate: true }),
  fc.constant(null),
);
const rowsOf = (header: readonly string[]) =>
  fc.array(fc.array(cell, { minLength: 1, maxLength: header.length + 2 }), { maxLength: 6 });
const keyOrNoise = (keys: readonly string[]) => fc.oneof(fc.constantFrom(...keys), text);

/** A shared district with one or two schools whose headers, keys and cells are random (valid .xlsx all the same). */
const district: fc.Arbitrary<SheetData[]> = fc
  .record({
    params: fc.array(
      fc.tuple(keyOrNoise(['Начало периода', 'Конец периода', 'Цель: PK1', 'Цель: K1', 'Пенсионный возраст']), cell),
      { maxLength: 4 },
    ),
    codes: fc.array(fc.oneof(fc.constantFrom('01', '02'), text), { minLength: 1, maxLength: 2 }),
    registryHeader: fc.boolean(),
    teachers: rowsOf(TEACHER_HEADER),
    courses: rowsOf(COURSE_HEADER),
    events: rowsOf(EVENT_HEADER),
    header: fc.array(keyOrNoise(TEACHER_HEADER), { minLength: 1, maxLength: 6 }),
  })
  .map((d) => {
    const reg = registry(d.codes.map((code, i) => ({ code, name: `ОО ${i + 1}` })));
    if (!d.registryHeader) reg.values = [['Код ОО', ...reg.values[0].slice(1)], ...reg.values.slice(1)];
    // Sheet names must be valid for the writer; the registry keeps the random code.
    const code = /^[0-9A-Za-zА-Яа-яЁё ]{1,20}$/.test(d.codes[0]) ? d.codes[0] : '01';
    return [
      { ...parameters(PERIOD_2021), values: [...parameters(PERIOD_2021).values, ...d.params] },
      reg,
      {
        name: `${code} Педагоги`,
        values: [[...TEACHER_HEADER.slice(0, 3), ...d.header, ...TEACHER_HEADER.slice(3)], ...d.teachers],
      },
      { name: `${code} Курсы`, values: [[...COURSE_HEADER], ...d.courses] },
      { name: `${code} Мероприятия`, values: [[...EVENT_HEADER], ...d.events] },
    ].filter((s, i, all) => all.findIndex((o) => o.name === s.name) === i) as SheetData[];
  });

it('random bytes never crash or hang the build', async () => {
  const dir = tempDir();
  let n = 0;
  await fc.assert(
    fc.asyncProperty(
      fc.oneof(
        fc.uint8Array({ maxLength: 2000 }),
        fc.uint8Array({ maxLength: 2000 }).map((b) => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...b])),
      ),
      async (bytes) => {
        const input = join(dir, `${n++}.xlsx`);
        writeFileSync(input, bytes);
        const r = await build(input, join(dir, 'out'));
        expect(r.code).toBe(1);
        expectCleanEnd(r);
      },
    ),
    { numRuns: 40 },
  );
});

it('random valid workbooks never crash or hang the build, and each ends with exit 0 or one Russian line', async () => {
  const dir = tempDir();
  let n = 0;
  await fc.assert(
    fc.asyncProperty(district, async (sheets) => {
      const input = join(dir, `${n}.xlsx`);
      writeFileSync(input, await writeSheets(sheets));
      expectCleanEnd(await build(input, join(dir, `out${n++}`)));
    }),
    { numRuns: 12 },
  );
});
