// Hostile sizes (issue 14, class 6): a clear Russian limit checked before the damage, never a crash or a hang.
import { buildInMemory } from '../support/run';
import { chartSvg } from '../../src/core/report/chartSvg';
import { DataError } from '../../src/core/errors';
import { LIMITS } from '../../src/local/limits';
import { readXlsx } from '../../src/local/xlsxRead';
import { guardZip } from '../../src/local/zipGuard';
import { checkDistrictCells } from '../../src/local/districtFiles';
import { parameters, PERIOD_2021, registry, sheet } from '../support/district';
import { patchPart, saved, workbookBytes } from './xlsxFiles';

const SHEET1 = 'xl/worksheets/sheet1.xml';
const small = () =>
  workbookBytes((ws) => {
    ws.getCell('A1').value = 'ФИО';
    ws.getCell('A2').value = 'Орлова Ирина Юрьевна';
  });

/** Offset of the central-directory entry of `part` (its sizes sit at +20 and +24). */
function centralEntry(bytes: Uint8Array, part: string): number {
  const b = Buffer.from(bytes);
  for (
    let p = b.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    p >= 0;
    p = b.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), p + 4)
  ) {
    if (b.toString('utf8', p + 46, p + 46 + b.readUInt16LE(p + 28)) === part) return p;
  }
  throw new Error(`no entry ${part}`);
}

function withDeclaredSize(bytes: Uint8Array, part: string, size: number): Uint8Array {
  const b = Buffer.from(bytes);
  b.writeUInt32LE(size, centralEntry(b, part) + 24);
  return new Uint8Array(b);
}

async function readError(bytes: Uint8Array): Promise<string> {
  try {
    await readXlsx(saved(bytes));
  } catch (e) {
    expect(e).toBeInstanceOf(DataError);
    return (e as Error).message;
  }
  throw new Error('the file was read');
}

describe('a zip bomb is refused from the central directory, before anything is inflated', () => {
  it('a part declaring 600 MB unpacked: a size message, not «повреждён» after gigabytes', async () => {
    const message = await readError(withDeclaredSize(await small(), SHEET1, 600_000_000));
    expect(message).toMatch(/слишком большой для сборки: в распакованном виде книга занимает больше 100 МБ/);
  });

  it('a part that inflates past the size it declares is stopped at that size', async () => {
    expect(() => guardZip(withDeclaredSize(new Uint8Array(Buffer.from([])), SHEET1, 1))).toThrow();
    const lying = withDeclaredSize(await small(), SHEET1, 100);
    expect(await readError(lying)).toMatch(/архив повреждён/);
  });
});

describe('limits on what a workbook holds', () => {
  it(`more than ${LIMITS.cells} cells (styled empty ones count) is refused before parsing`, async () => {
    const row = (r: number) => `<row r="${r}">${'<c s="0"/>'.repeat(1000)}</row>`;
    const rows = Array.from({ length: LIMITS.cells / 1000 + 1 }, (_, i) => row(i + 1)).join('');
    const bytes = await patchPart(await small(), SHEET1, (xml) =>
      xml.replace(/<sheetData>.*<\/sheetData>/s, `<sheetData>${rows}</sheetData>`),
    );
    expect(await readError(bytes)).toMatch(/600.000/);
  });

  it(`the district's workbooks together: ${LIMITS.districtCells} cells are read, one more is refused in Russian`, () => {
    expect(() => checkDistrictCells(LIMITS.districtCells)).not.toThrow();
    expect(() => checkDistrictCells(LIMITS.districtCells + 1)).toThrow(DataError);
    expect(() => checkDistrictCells(LIMITS.districtCells + 1)).toThrow(
      /больше 1.000.000 ячеек в книге района и таблицах ОО вместе/,
    );
  });

  it('a cell longer than Excel allows is refused with the limit named', async () => {
    const bytes = await workbookBytes((ws) => {
      ws.getCell('A1').value = 'я'.repeat(LIMITS.cellChars * 4);
    });
    expect(await readError(bytes)).toMatch(/ячейка длиннее 32.767 символов/);
  });

  it('a file above the size limit is refused before it is read', async () => {
    const path = saved(new Uint8Array(0));
    require('node:fs').truncateSync(path, LIMITS.fileBytes + 1);
    await expect(readXlsx(path)).rejects.toThrow(/слишком большой: 50 МБ, допустимо не больше 50 МБ|слишком большой/);
  });
});

describe('no crash and no quadratic time on big but legal data', () => {
  it('130 000 bad cells on one sheet give 130 000 issues, not «Maximum call stack size exceeded»', () => {
    // Four bad cells a row: the same number of issues as 130 000 rows, in a quarter of the time.
    const bad = {
      'Год рождения': 'давно',
      'Педагогический стаж': 'много',
      'Дата аттестации': 'вчера',
      Совместитель: 'может быть',
    };
    const rows = Array.from({ length: 130000 / 4 }, (_, i) => ({ ФИО: `Педагог ${i}`, ...bad }));
    const result = buildInMemory(
      [
        parameters(PERIOD_2021),
        registry([{ code: '01', name: 'МБОУ СОШ №1' }]),
        sheet('01 Педагоги', ['ФИО', ...Object.keys(bad)], rows),
      ],
      '2021-09-15',
    );
    expect(result.issues.filter((i) => i.sheet === '01 Педагоги' && i.row > 1).length).toBe(130000);
  });

  it('ten 20 000-letter school names are shortened for a chart in well under a second', () => {
    const names = Array.from({ length: 10 }, (_, i) => `${'Ш'.repeat(20000)} ${i}`);
    const started = performance.now();
    const svg = chartSvg({
      id: 'k',
      type: 'bar',
      title: 'Доля',
      categories: names,
      series: [{ name: 'ОО', values: names.map(() => 50) }],
      unit: '%',
    });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(svg).toContain('…');
  });
});
