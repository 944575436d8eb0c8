// Audit of reading a sheet (SPEC §2, §6) on what a real exported workbook holds.
import { run } from '../support/run';
import { oneSchool, teacher } from '../support/district';
import type { CellValue } from '../../src/core/cells';

describe('длинный лист', () => {
  test('случайный пробел в строке 200 000 не роняет сборку: строки до неё пустые и пропускаются', () => {
    const sheets = oneSchool([teacher('Иванова Анна Петровна')]);
    const values = [...sheets[2].values] as CellValue[][];
    while (values.length < 199_999) values.push([]);
    values.push([' ']);
    sheets[2] = { name: sheets[2].name, values };
    const r = run(sheets);
    expect(r.fig('K1')).toEqual({ value: 1 });
    expect(r.school().rows.Педагоги).toEqual({ read: 1, used: 1, excluded: 0 });
  });
});
