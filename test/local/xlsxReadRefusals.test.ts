// A file that is not a readable workbook (missing, Word, .xls, CSV, empty, truncated) is one Russian sentence.
import { DataError } from '../../src/core/errors';
import { readXlsx } from '../../src/local/xlsxRead';
import { archive, saved, workbookBytes } from './xlsxFiles';

describe('a file that is not a readable workbook is one Russian sentence', () => {
  const message = async (path: string) => {
    try {
      await readXlsx(path);
    } catch (e) {
      expect(e).toBeInstanceOf(DataError);
      return (e as Error).message;
    }
    throw new Error('no error');
  };

  it('a missing file', async () => {
    expect(await message('/нет/такой/книги.xlsx')).toBe('Файл «/нет/такой/книги.xlsx» не найден.');
  });

  it('a Word document renamed to .xlsx', async () => {
    const path = saved(
      await archive({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' }),
      'справка.xlsx',
    );
    expect(await message(path)).toMatch(/не книга Excel \(\.xlsx\): это документ Word/);
  });

  it('an old .xls file', async () => {
    const path = saved(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), 'старая.xlsx');
    expect(await message(path)).toMatch(/Excel 97–2003 \(\.xls\)/);
  });

  it('a CSV file renamed to .xlsx', async () => {
    expect(await message(saved('ФИО;Должность\nИванова;учитель\n', 'таблица.xlsx'))).toMatch(
      /не архив Office Open XML/,
    );
  });

  it('an empty file', async () => {
    expect(await message(saved('', 'пустая.xlsx'))).toMatch(/файл пустой/);
  });

  it('a truncated download', async () => {
    const bytes = await workbookBytes((ws) => {
      ws.getCell('A1').value = 'ФИО';
    });
    expect(await message(saved(bytes.slice(0, Math.floor(bytes.length / 2)), 'обрыв.xlsx'))).toMatch(/не книга Excel/);
  });
});
