// The school's key «код → ФИО»: the district works with codes; the school turns its own rows back into names offline.
import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { outputSheets } from '../../src/core/layout';
import { KEY_HEADER, KEY_SHEET, readSchoolKey, restoreText, schoolKeyWorkbook } from '../../src/local/schoolKey';
import { letterText, restoreNames } from '../../src/local/restoreNames';
import { readXlsx } from '../../src/local/xlsxRead';
import { writeModels } from '../../src/local/xlsxWrite';
import {
  COURSE_HEADER,
  EVENT_HEADER,
  PERIOD_2021,
  parameters,
  registry,
  sheet,
  teacher,
  TEACHER_HEADER,
} from '../support/district';
import { buildInMemory } from '../support/run';
import { saved, tempDir } from './xlsxFiles';

// Workbooks are written and read: seconds on a busy shared machine.
jest.setTimeout(120000);

const asCode = (h: string) => (h === 'ФИО' ? 'Код педагога' : h);
const coded = (code: string) => {
  const { ФИО: _name, ...rest } = teacher('—');
  return { ...rest, 'Код педагога': code };
};

/** Two schools that both use «0123»: codes repeat between schools, keys do not travel. */
function codeDistrict() {
  return [
    parameters({ ...PERIOD_2021, 'Как обозначать педагогов': 'код' }),
    registry([
      { code: '01', name: 'МБОУ СОШ №1' },
      { code: '02', name: 'МБОУ СОШ №2' },
    ]),
    ...['01', '02'].flatMap((code) => [
      sheet(`${code} Педагоги`, TEACHER_HEADER.map(asCode), [coded('0123'), coded('У-17')]),
      sheet(`${code} Курсы`, COURSE_HEADER.map(asCode), []),
      sheet(`${code} Мероприятия`, EVENT_HEADER.map(asCode), []),
    ]),
  ];
}

async function keyFile(pairs: [string | number, string][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await schoolKeyWorkbook()) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(KEY_SHEET)!;
  pairs.forEach(([code, name], i) => {
    ws.getCell(i + 2, 1).value = code;
    ws.getCell(i + 2, 2).value = name;
  });
  return saved(new Uint8Array(await wb.xlsx.writeBuffer()), 'ключ.xlsx');
}

describe('ключ школы', () => {
  test('пустой ключ: лист «Ключ» со столбцами «Код педагога», «ФИО», «Примечание» и предупреждением не пересылать', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await schoolKeyWorkbook()) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet(KEY_SHEET)!;
    expect([1, 2, 3].map((c) => ws.getCell(1, c).value)).toEqual([...KEY_HEADER]);
    expect(JSON.stringify(ws.getCell(1, 1).note)).toContain('не пересылайте');
  });

  test('табельный номер 7 в ключе и «007» в плане — один педагог', async () => {
    const key = readSchoolKey(await readXlsx(await keyFile([[7, 'Орлова Анна Сергеевна']])), 'ключ.xlsx');
    expect(restoreText('Педагог «007» не найден', key).text).toBe('Педагог «007 — Орлова Анна Сергеевна» не найден');
  });

  test('файл без столбцов ключа — понятный отказ', () => {
    expect(() => readSchoolKey([{ name: 'Лист1', values: [['Код', 'Имя']] }], 'x.xlsx')).toThrow(/не ключ школы/);
  });
});

describe('«План ПК» района → ФИО своей школы (круг: коды в район, ФИО обратно только у школы)', () => {
  let summaryXlsx: string;
  beforeAll(async () => {
    summaryXlsx = join(tempDir(), 'summary.xlsx');
    writeFileSync(summaryXlsx, await writeModels(outputSheets(buildInMemory(codeDistrict()))));
  });

  test('в файле района нет ни одного ФИО — только коды', async () => {
    const text = JSON.stringify(await readXlsx(summaryXlsx));
    expect(text).toContain('0123');
    expect(text).not.toMatch(/Орлова|Зуев/);
  });

  test('с ключом ОО 01 — строки только своей ОО, ФИО рядом с кодом', async () => {
    const key = await keyFile([
      ['0123', 'Орлова Анна Сергеевна'],
      ['У-17', 'Зуев Павел Ильич'],
    ]);
    const out = await restoreNames({ key, input: summaryXlsx, school: '01' });
    const [plan] = await readXlsx(saved(out.bytes, 'план.xlsx'));
    expect(plan.values[0].slice(0, 4)).toEqual(['Код', 'Образовательная организация', 'Код педагога', 'ФИО']);
    expect(plan.values.slice(1).map((r) => [r[0], r[2], r[3]])).toEqual([
      ['01', '0123', 'Орлова Анна Сергеевна'],
      ['01', 'У-17', 'Зуев Павел Ильич'],
    ]);
    expect(out.summary).toBe('«План ПК»: ФИО найдено для 2 из 2.');
  });

  test('без --school план нескольких ОО не раскрывается: одинаковые коды в разных ОО — разные люди', async () => {
    const key = await keyFile([['0123', 'Орлова Анна Сергеевна']]);
    await expect(restoreNames({ key, input: summaryXlsx })).rejects.toThrow(/укажите свою ОО параметром --school/);
  });
});

describe('письмо с замечаниями', () => {
  test('.eml в base64: коды в кавычках получают ФИО, номера строк и даты не трогаются', async () => {
    const body = 'Курсы!A5 — Педагог «0123» не найден на листе «Педагоги». Строка 5, дата 01.09.2021.';
    const eml = [
      'Subject: =?UTF-8?B?' + Buffer.from('Замечания ОО 01').toString('base64') + '?=',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: base64',
      '',
      Buffer.from(body).toString('base64'),
    ].join('\r\n');
    expect(letterText(eml)).toBe(`Тема: Замечания ОО 01\n\n${body}`);
    const key = await keyFile([
      ['0123', 'Орлова Анна Сергеевна'],
      [5, 'Не Тот Человек'],
    ]);
    const out = await restoreNames({ key, input: saved(eml, 'письмо.eml') });
    const text = new TextDecoder().decode(out.bytes);
    expect(text).toContain('Педагог «0123 — Орлова Анна Сергеевна» не найден');
    expect(text).toContain('Строка 5, дата 01.09.2021.');
    expect(text).not.toContain('Не Тот Человек');
  });
});
