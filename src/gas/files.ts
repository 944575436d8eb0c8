// School spreadsheets: opened by their link, created in the user's Drive; every failure becomes a Russian reason.
import { errorText } from '../app/errorText';
import type { FilesPort, OpenedFile, SpreadsheetPort } from '../app/ports';
import { SheetsFile } from './sheetsFile';

/** Why a link did not open, in words a methodologist can act on (Apps Script's own messages vary by locale). */
export function openFailure(error: unknown): string {
  const text = errorText(error);
  if (/permission|access|доступ|разрешени/i.test(text)) return 'нет доступа к файлу — попросите ответственного ОО открыть доступ на редактирование для вашего аккаунта.';
  if (/not found|missing|deleted|trash|удал|не найден/i.test(text)) return 'файл не найден — возможно, он удалён или перемещён в корзину.';
  return `файл не открылся (${text.slice(0, 120)}).`;
}

export function spreadsheetFiles(): FilesPort {
  return {
    open(link: string): OpenedFile {
      try {
        return { ok: true, file: new SheetsFile(SpreadsheetApp.openByUrl(link.trim())) };
      } catch (e) {
        return { ok: false, reason: openFailure(e) };
      }
    },
    create(name: string, firstSheet: string): SpreadsheetPort {
      const ss = SpreadsheetApp.create(name);
      ss.getSheets()[0].setName(firstSheet);
      return new SheetsFile(ss);
    },
  };
}
