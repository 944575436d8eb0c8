// Following `ОО` → `Таблица` offline: a path next to the district file opens; anything else says why, in Russian.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openSchoolFile } from '../../src/local/districtFiles';
import { writeSheets } from '../../src/local/xlsxWrite';
import { sheet, teacher, TEACHER_HEADER } from '../support/district';
import { tempDir } from './xlsxFiles';

it("a path relative to the district file opens the school's sheets", async () => {
  const dir = tempDir();
  writeFileSync(
    join(dir, 'ОО 01.xlsx'),
    await writeSheets([sheet('Педагоги', TEACHER_HEADER, [teacher('Орлова Ирина Юрьевна')])]),
  );
  const file = await openSchoolFile('ОО 01.xlsx', join(dir, 'Район.xlsx'));
  expect(file.ok && file.sheets.map((s) => [s.name, s.values[1][0]])).toEqual([['Педагоги', 'Орлова Ирина Юрьевна']]);
});

it('a Google Sheets link cannot be opened offline, and the reason says what to do', async () => {
  const file = await openSchoolFile('https://docs.google.com/spreadsheets/d/1AbC/edit', join(tempDir(), 'Район.xlsx'));
  expect(file).toEqual({
    ok: false,
    reason: expect.stringContaining('скачайте таблицу ОО как .xlsx и укажите путь к файлу'),
  });
});

it('a missing file gives the path that was looked for', async () => {
  const dir = tempDir();
  const file = await openSchoolFile('входящие/ОО 02.xlsx', join(dir, 'Район.xlsx'));
  expect(file).toEqual({ ok: false, reason: `Файл «${join(dir, 'входящие/ОО 02.xlsx')}» не найден.` });
});
