// «Диагностика»: what the fakes cannot prove, tried in the user's own account on a temporary spreadsheet and Doc.
import { protectForUser } from './flush';
import { errorText } from '../app/errorText';
import type { DiagnosticsPort } from '../app/ports';
import type { DiagnosticCheck } from '../shared/contract';
import { blockRange, META_FIELDS, PROTECTION_PREFIX, sheetsApi, TYPE_FIELDS } from './sheetsApi';

/** The read-only field the API fills from a cell's text-format link. */
export const LINK_FIELDS = 'sheets(properties.title,data.rowData.values.hyperlink)';
const TEMP_NAME = 'PedMonitor — диагностика (временный файл, можно удалить)';
const SHEET = 'Проверка';
/** Reads timed to estimate how long a build waits for Google's 60 reads a minute. */
const TIMED_READS = 3;

type Step = () => string;

/** One check: its detail on success, Google's error and the advice on failure. */
function attempt(title: string, advice: string, step: Step): DiagnosticCheck {
  try {
    return { title, ok: true, detail: step() };
  } catch (e) {
    return { title, ok: false, detail: `${errorText(e).slice(0, 200)}. ${advice}` };
  }
}

function must(condition: boolean, what: string): void {
  if (!condition) throw new Error(what);
}

/** The Drive advanced service, to move the temporary files to the trash (scope drive.file: only its own files). */
function trash(fileId: string): void {
  if (typeof Drive === 'undefined' || !Drive) throw new Error('служба Drive API не включена в проекте');
  Drive.Files.update({ trashed: true }, fileId);
}

export function googleDiagnostics(): DiagnosticsPort {
  return { run: runChecks };
}

function runChecks(): DiagnosticCheck[] {
  const checks: DiagnosticCheck[] = [];
  const service = 'Включите её: редактор Apps Script → «Службы» → Google Sheets API.';
  checks.push(
    attempt('Служба Google Sheets API включена', service, () => {
      sheetsApi();
      return 'служба доступна под именем Sheets.';
    }),
  );
  let ss: GoogleAppsScript.Spreadsheet.Spreadsheet | null = null;
  const space = 'Проверьте, что у аккаунта есть место на Диске.';
  checks.push(
    attempt('Таблица создаётся, её лист растёт за 1 000 × 26', space, () => {
      ss = SpreadsheetApp.create(TEMP_NAME);
      const sheet = ss.getSheets()[0].setName(SHEET);
      const rows = sheet.getMaxRows();
      const columns = sheet.getMaxColumns();
      sheet.insertRowsAfter(rows, 1);
      sheet.insertColumnsAfter(columns, 1);
      sheet.getRange(rows + 1, columns + 1).setValue('PedMonitor');
      must(sheet.getMaxRows() === rows + 1 && sheet.getMaxColumns() === columns + 1, 'лист не вырос');
      return `новый лист — ${rows} × ${columns}, после вставки — ${rows + 1} × ${columns + 1}.`;
    }),
  );
  const file = ss as GoogleAppsScript.Spreadsheet.Spreadsheet | null;
  if (file) checks.push(...fileChecks(file));
  checks.push(docCheck());
  checks.push(zoneCheck());
  if (file) checks.push(cleanup(file));
  return checks;
}

function fileChecks(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): DiagnosticCheck[] {
  const sheet = ss.getSheetByName(SHEET) as GoogleAppsScript.Spreadsheet.Sheet;
  const id = ss.getId();
  const out: DiagnosticCheck[] = [];
  out.push(
    attempt(
      'Лист защищается только для себя, а Sheets API показывает его редакторов',
      'Без этого PedMonitor не сможет защитить сводную от правки; сообщите разработчикам текст ошибки.',
      () => {
        protectForUser(sheet, 'диагностика');
        SpreadsheetApp.flush();
        const got = sheetsApi().Spreadsheets.get(id, { fields: META_FIELDS });
        const ranges = (got.sheets ?? []).flatMap((s) => s.protectedRanges ?? []);
        const own = ranges.find((p) => (p.description ?? '').startsWith(PROTECTION_PREFIX));
        must(own !== undefined, 'защита не видна через API');
        const users = own?.editors?.users ?? [];
        must(users.length > 0, 'API не показал редакторов защиты');
        return `редакторов защиты: ${users.length}.`;
      },
    ),
  );
  const links = 'Ссылки на «Ошибки» не будут открывать ячейку; сообщите разработчикам.';
  out.push(
    attempt('Ссылка на ячейку в формате текста ячейки', links, () => {
      const uri = `${ss.getUrl()}#gid=${sheet.getSheetId()}&range=B2`;
      const textFormat = { link: { uri } };
      const rows = [{ values: [{ userEnteredValue: { stringValue: 'B2' }, userEnteredFormat: { textFormat } }] }];
      const start = { sheetId: sheet.getSheetId(), rowIndex: 0, columnIndex: 0 };
      const fields = 'userEnteredValue,userEnteredFormat.textFormat.link';
      sheetsApi().Spreadsheets.batchUpdate({ requests: [{ updateCells: { rows, fields, start } }] }, id);
      const got = sheetsApi().Spreadsheets.get(id, { ranges: [blockRange(SHEET, 1, 1)], fields: LINK_FIELDS });
      const link = got.sheets?.[0]?.data?.[0]?.rowData?.[0]?.values?.[0]?.hyperlink;
      must(link === uri, `ссылка прочитана как «${String(link)}»`);
      return 'ссылка записана и прочитана без изменений.';
    }),
  );
  const dates = 'Даты ОО будут читаться как числа; сообщите разработчикам.';
  out.push(
    attempt('Дата в ячейке читается через API как дата', dates, () => {
      sheet
        .getRange(2, 1)
        .setValue(new Date(2021, 8, 1))
        .setNumberFormat('dd.mm.yyyy');
      SpreadsheetApp.flush();
      const got = sheetsApi().Spreadsheets.get(id, { ranges: [blockRange(SHEET, 2, 1)], fields: TYPE_FIELDS });
      const type = got.sheets?.[0]?.data?.[0]?.rowData?.[1]?.values?.[0]?.effectiveFormat?.numberFormat?.type;
      must(type === 'DATE', `тип формата — ${String(type)}`);
      return 'тип формата — DATE.';
    }),
  );
  out.push(
    attempt('Чтения через Sheets API и квота 60 чтений в минуту', 'Повторите диагностику через минуту.', () => {
      const started = Date.now();
      for (let i = 0; i < TIMED_READS; i++) sheetsApi().Spreadsheets.get(id, { fields: META_FIELDS });
      const each = Math.round((Date.now() - started) / TIMED_READS);
      return (
        `одно чтение — около ${each} мс. Google разрешает 60 чтений в минуту на пользователя: `
        + 'сверх этого PedMonitor ждёт и продолжает по частям.'
      );
    }),
  );
  return out;
}

function docCheck(): DiagnosticCheck {
  const advice = 'Проверьте разрешение «Google Документы» и службу Drive API в проекте.';
  return attempt('Документ создаётся и удаляется', advice, () => {
    const doc = DocumentApp.create(TEMP_NAME);
    doc.getBody().appendParagraph('PedMonitor: проверка');
    const url = doc.getUrl();
    doc.saveAndClose();
    trash(doc.getId());
    must(/^https:\/\//.test(url), `адрес документа — «${url}»`);
    return 'документ создан, его адрес получен, документ удалён в корзину.';
  });
}

function zoneCheck(): DiagnosticCheck {
  return attempt('Часовой пояс таблицы района', 'Файл → Настройки → Часовой пояс: выберите пояс района.', () => {
    const zone = SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone();
    must(zone !== '', 'часовой пояс не задан');
    return `${zone}: от него считается «сегодня» и период по умолчанию.`;
  });
}

function cleanup(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): DiagnosticCheck {
  return attempt('Временная таблица удалена', `Удалите её вручную: «${TEMP_NAME}».`, () => {
    trash(ss.getId());
    return 'временная таблица перемещена в корзину.';
  });
}
