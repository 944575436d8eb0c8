// Reading .xlsx as spreadsheets write it: dates in both date systems and any time zone, formulas, strings of every
// kind.
import { FORMULA_WITHOUT_RESULT, parseDate, parseNumber } from '../../src/core/cells';
import { readXlsx } from '../../src/local/xlsxRead';
import { partNames, partText, patchPart, saved, workbookBytes } from './xlsxFiles';

const SHEET1 = 'xl/worksheets/sheet1.xml';

async function cells(bytes: Uint8Array) {
  const [sheet] = await readXlsx(saved(bytes));
  return (address: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(address)!;
    const col = m[1].charCodeAt(0) - 64;
    return sheet.values[Number(m[2]) - 1]?.[col - 1] ?? null;
  };
}

const utcDate = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

describe('date cells come out as the calendar date the spreadsheet shows', () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalTz;
  });

  it.each(['Europe/Moscow', 'Asia/Vladivostok', 'America/Los_Angeles', 'UTC'])(
    "whatever the machine's time zone (%s)",
    async (tz) => {
      process.env.TZ = tz;
      const bytes = await workbookBytes((ws) => {
        ws.getCell('A1').value = 'Дата окончания';
        ws.getCell('A2').value = utcDate(2021, 8, 31);
        ws.getCell('A2').numFmt = 'dd.mm.yyyy';
      });
      const at = await cells(bytes);
      expect(parseDate(at('A2'))).toEqual({ ok: true, value: '2021-08-31' });
    },
  );

  it('in a workbook of the 1904 date system (Excel for Mac)', async () => {
    const bytes = await workbookBytes((ws, wb) => {
      wb.properties.date1904 = true;
      ws.getCell('A1').value = utcDate(2020, 9, 1);
      ws.getCell('A1').numFmt = 'dd.mm.yyyy';
    });
    expect(await partText(bytes, 'xl/workbook.xml')).toContain('date1904="1"');
    expect(parseDate((await cells(bytes))('A1'))).toEqual({ ok: true, value: '2020-09-01' });
  });

  it('when the 1904 flag is written as date1904="true"', async () => {
    const written = await workbookBytes((ws, wb) => {
      wb.properties.date1904 = true;
      ws.getCell('A1').value = utcDate(2020, 9, 1);
      ws.getCell('A1').numFmt = 'dd.mm.yyyy';
    });
    const bytes = await patchPart(written, 'xl/workbook.xml', (xml) => xml.replace('date1904="1"', 'date1904="true"'));
    expect(parseDate((await cells(bytes))('A1'))).toEqual({ ok: true, value: '2020-09-01' });
  });

  it('with a built-in date format (numFmtId 14, as Excel saves «Краткая дата»)', async () => {
    const written = await workbookBytes((ws) => {
      ws.getCell('A1').value = 44270;
      ws.getCell('A1').numFmt = 'dd.mm.yyyy';
    });
    // Point the cell's style at built-in format 14 instead of a custom one.
    const bytes = await patchPart(written, 'xl/styles.xml', (xml) =>
      xml.replace(/<xf numFmtId="\d{3}"/, '<xf numFmtId="14"'),
    );
    expect(parseDate((await cells(bytes))('A1'))).toEqual({ ok: true, value: '2021-03-15' });
  });

  it('when stored as an ISO date cell (t="d")', async () => {
    const written = await workbookBytes((ws) => {
      ws.getCell('A1').value = 'заглушка';
    });
    const bytes = await patchPart(written, SHEET1, (xml) =>
      xml.replace(/<c r="A1"[^>]*>.*?<\/c>/, '<c r="A1" t="d"><v>2021-03-15T00:00:00</v></c>'),
    );
    expect(parseDate((await cells(bytes))('A1'))).toEqual({ ok: true, value: '2021-03-15' });
  });

  it('a date serial typed without a date format stays a number the core reads as a serial', async () => {
    const at = await cells(
      await workbookBytes((ws) => {
        ws.getCell('A1').value = 44270;
      }),
    );
    expect(at('A1')).toBe(44270);
    expect(parseDate(at('A1'))).toEqual({ ok: true, value: '2021-03-15' });
  });
});

describe('formulas give their cached result', () => {
  it('a number', async () => {
    const at = await cells(
      await workbookBytes((ws) => {
        ws.getCell('A1').value = { formula: '2*18', result: 36 };
      }),
    );
    expect(at('A1')).toBe(36);
  });

  it('a date', async () => {
    const at = await cells(
      await workbookBytes((ws) => {
        ws.getCell('A1').value = { formula: 'DATE(2021,3,15)', result: utcDate(2021, 3, 15) };
        ws.getCell('A1').numFmt = 'dd.mm.yyyy';
      }),
    );
    expect(parseDate(at('A1'))).toEqual({ ok: true, value: '2021-03-15' });
  });

  it('a text', async () => {
    const at = await cells(
      await workbookBytes((ws) => {
        ws.getCell('A1').value = { formula: 'CONCATENATE("Иванова"," ","Анна")', result: 'Иванова Анна' };
      }),
    );
    expect(at('A1')).toBe('Иванова Анна');
  });

  it('a shared formula copied down the column', async () => {
    const at = await cells(
      await workbookBytes((ws) => {
        ws.getCell('A1').value = { formula: '1+1', result: 2, shareType: 'shared', ref: 'A1:A2' } as never;
        ws.getCell('A2').value = { sharedFormula: 'A1', result: 3 } as never;
      }),
    );
    expect([at('A1'), at('A2')]).toEqual([2, 3]);
  });

  it('an error result (#N/A) as its code, which a number column rejects', async () => {
    const at = await cells(
      await workbookBytes((ws) => {
        ws.getCell('A1').value = { formula: 'VLOOKUP(1,B:B,1,0)', result: { error: '#N/A' } };
      }),
    );
    expect(at('A1')).toBe('#N/A');
    expect(parseNumber(at('A1')).ok).toBe(false);
  });

  it('no cached result (never calculated) is not an empty cell: the core reports it at its cell', async () => {
    const at = await cells(
      await workbookBytes((ws) => {
        ws.getCell('A1').value = { formula: 'B1*2' } as never;
      }),
    );
    expect(at('A1')).toBe(FORMULA_WITHOUT_RESULT);
  });
});

describe('strings of every kind come out as their text', () => {
  it('shared strings (how Excel stores text)', async () => {
    const bytes = await workbookBytes((ws) => {
      ws.getCell('A1').value = 'Иванова Анна Петровна';
      ws.getCell('A2').value = 'Иванова Анна Петровна';
    });
    expect(await partNames(bytes)).toContain('xl/sharedStrings.xml');
    const at = await cells(bytes);
    expect([at('A1'), at('A2')]).toEqual(['Иванова Анна Петровна', 'Иванова Анна Петровна']);
  });

  it('inline strings (how some exporters store text)', async () => {
    const written = await workbookBytes((ws) => {
      ws.getCell('A1').value = 'заглушка';
    });
    const bytes = await patchPart(written, SHEET1, (xml) =>
      xml.replace(/<c r="A1"[^>]*>.*?<\/c>/, '<c r="A1" t="inlineStr"><is><t>Петров Иван</t></is></c>'),
    );
    expect((await cells(bytes))('A1')).toBe('Петров Иван');
  });

  it('rich text (part of the name in bold)', async () => {
    const at = await cells(
      await workbookBytes((ws) => {
        ws.getCell('A1').value = { richText: [{ text: 'Сидорова ' }, { text: 'Мария', font: { bold: true } }] };
      }),
    );
    expect(at('A1')).toBe('Сидорова Мария');
  });

  it('a hyperlink gives the text it shows, not the address', async () => {
    const at = await cells(
      await workbookBytes((ws) => {
        ws.getCell('A1').value = { text: 'ГАОУ ДПО ИРР ПО', hyperlink: 'https://irr.example/' };
      }),
    );
    expect(at('A1')).toBe('ГАОУ ДПО ИРР ПО');
  });

  it('a number stored as text stays text that the core parses as a number', async () => {
    const at = await cells(
      await workbookBytes((ws) => {
        ws.getCell('A1').value = '16,0';
      }),
    );
    expect(at('A1')).toBe('16,0');
    expect(parseNumber(at('A1'))).toEqual({ ok: true, value: 16 });
  });

  it('booleans stay booleans', async () => {
    const at = await cells(
      await workbookBytes((ws) => {
        ws.getCell('A1').value = true;
        ws.getCell('B1').value = false;
      }),
    );
    expect([at('A1'), at('B1')]).toEqual([true, false]);
  });

  it('an error cell typed as a value gives its code', async () => {
    const at = await cells(
      await workbookBytes((ws) => {
        ws.getCell('A1').value = { error: '#DIV/0!' };
      }),
    );
    expect(at('A1')).toBe('#DIV/0!');
  });
});

describe('a number in a percent format comes as stored, as getValues gives it (the core reads percent columns)', () => {
  it('«95 %» typed into a percent cell is stored and read as 0.95', async () => {
    const at = await cells(
      await workbookBytes((ws) => {
        ws.getCell('A1').value = 0.95;
        ws.getCell('A1').numFmt = '0%';
      }),
    );
    expect(at('A1')).toBe(0.95);
  });
});

describe('merged cells hold their value in the top-left cell only, as Google Sheets reads them', () => {
  it('a header merged across two columns is one header', async () => {
    const at = await cells(
      await workbookBytes((ws) => {
        ws.getCell('A1').value = 'ФИО';
        ws.mergeCells('A1:B1');
        ws.getCell('C1').value = 'Должность';
      }),
    );
    expect([at('A1'), at('B1'), at('C1')]).toEqual(['ФИО', null, 'Должность']);
  });

  it('a value merged down two rows is not a second teacher', async () => {
    const at = await cells(
      await workbookBytes((ws) => {
        ws.getCell('A2').value = 'Орлова Ирина';
        ws.mergeCells('A2:A3');
        ws.getCell('B3').value = 'учитель';
      }),
    );
    expect([at('A2'), at('A3'), at('B3')]).toEqual(['Орлова Ирина', null, 'учитель']);
  });
});
