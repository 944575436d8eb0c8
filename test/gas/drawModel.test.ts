// A SheetModel as the grids one setValues / setNumberFormats / setBackgrounds / setFontWeights / setNotes write.
import type { SheetModel } from '../../src/core/layout/model';
import { modelGrids, NUMBER_FORMAT, TONE_BACKGROUND } from '../../src/gas/drawModel';
import { HEADER_BACKGROUND } from '../../src/gas/drawTemplate';

const model: SheetModel = {
  name: 'План ПК',
  header: [['Код', 'Педагог', 'Доля', 'Последний курс окончен', 'Ячейка']],
  rows: [[
    { value: '01' },
    { value: '=Иванова' },
    { value: 0.249, format: 'percent', tone: 'below-target', note: '60 из 241', bold: true },
    { value: '2021-03-15', format: 'date' },
    { value: 'D5', link: { sheet: '01 Педагоги', cell: 'D5' } },
  ], [{ value: null }]],
  frozenRows: 1,
  frozenColumns: 0,
  columnWidths: [60, 200, 100, 150, 70],
};

const grids = modelGrids(model, (l) => `#gid=42&range=${l.cell}`);

test('text is written with an apostrophe, numbers as numbers, dates as dates, links as the one formula', () => {
  expect(grids.values[1].slice(0, 3)).toEqual(["'01", "'=Иванова", 0.249]);
  const date = grids.values[1][3] as Date;
  expect(date.toISOString().slice(0, 10)).toBe('2021-03-15');
  expect(grids.values[1][4]).toBe('=HYPERLINK("#gid=42&range=D5","D5")');
});

test('a short row is padded to the sheet’s width with empty cells', () => {
  expect(grids.values[2]).toEqual(['', '', '', '', '']);
});

test('formats, tones, bold and notes land on their cells; the header is bold on its own colour', () => {
  expect(grids.formats[1][2]).toBe(NUMBER_FORMAT.percent);
  expect(grids.formats[1][3]).toBe(NUMBER_FORMAT.date);
  expect(grids.backgrounds[1][2]).toBe(TONE_BACKGROUND['below-target']);
  expect(grids.backgrounds[0]).toEqual(Array(5).fill(HEADER_BACKGROUND));
  expect(grids.weights[1][2]).toBe('bold');
  expect(grids.weights[1][0]).toBe('normal');
  expect(grids.notes[1][2]).toBe('60 из 241');
});

test('a link that cannot be resolved stays plain text', () => {
  const plain = modelGrids(model, () => null);
  expect(plain.values[1][4]).toBe("'D5");
});
