// `pedmonitor names`: a district's «План ПК» or a school's letter back into names with the school's key, offline.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { DataError } from '../core/errors';
import { SHEET_NAMES } from '../core/catalogue/sheets';
import { readSchoolKey, restorePlan, restoreText } from './schoolKey';
import { readXlsx } from './xlsxRead';
import { writeSheets } from './xlsxWrite';

export interface NamesRequest {
  key: string;
  input: string;
  /** The school's code in the registry: «План ПК» holds every school's rows. */
  school?: string;
}

export interface NamesResult {
  bytes: Uint8Array;
  /** What was done, in one Russian line. */
  summary: string;
}

/** The plain text of a letter: an .eml's body decoded (base64 or quoted-printable, UTF-8), any other file as is. */
export function letterText(raw: string): string {
  const split = raw.search(/\r?\n\r?\n/);
  if (split < 0 || !/^[A-Za-z-]+:/.test(raw)) return raw;
  const head = raw.slice(0, split);
  let body = raw.slice(split).replace(/^\r?\n\r?\n/, '');
  const boundary = /boundary="?([^";\r\n]+)"?/i.exec(head)?.[1];
  if (boundary !== undefined) {
    const parts = body.split(`--${boundary}`).map((p) => p.replace(/^\r?\n/, ''));
    const plain = parts.find((p) =>
      /content-type:\s*text\/plain/i.test(p.slice(0, Math.max(0, p.search(/\r?\n\r?\n/)))),
    );
    return plain === undefined ? body : letterText(plain);
  }
  const encoding = /content-transfer-encoding:\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (encoding === 'base64') body = Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') {
    const bytes = body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_m, h: string) => `%${h}`);
    body = decodeURIComponent(bytes.replace(/%(?![0-9A-F]{2})/gi, '%25'));
  }
  const subject = /^subject:\s*(.*)$/im.exec(head)?.[1];
  return subject === undefined ? body : `Тема: ${decodeWords(subject)}\n\n${body}`;
}

/** `=?UTF-8?B?…?=` encoded words of a header. */
function decodeWords(text: string): string {
  return text.replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_m, kind: string, data: string) =>
    kind.toLowerCase() === 'b'
      ? Buffer.from(data, 'base64').toString('utf8')
      : decodeURIComponent(data.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, '%$1')),
  );
}

export async function restoreNames(r: NamesRequest): Promise<NamesResult> {
  const key = readSchoolKey(await readXlsx(r.key), r.key);
  if (extname(r.input).toLowerCase() === '.xlsx') {
    const plan = restorePlan(await readXlsx(r.input), key, r.school, r.input);
    const bytes = await writeSheets([{ name: SHEET_NAMES.coursePlan, values: plan.grid }]);
    const unknown = plan.unknown > 0 ? `; кодов нет в ключе: ${plan.unknown}` : '';
    return {
      bytes,
      summary: `«${SHEET_NAMES.coursePlan}»: ФИО найдено для ${plan.named} из ${plan.named + plan.unknown}${unknown}.`,
    };
  }
  let raw: string;
  try {
    raw = await readFile(r.input, 'utf8');
  } catch {
    throw new DataError(`Файл «${r.input}» не найден или недоступен.`);
  }
  const restored = restoreText(letterText(raw), key);
  return {
    bytes: new TextEncoder().encode(restored.text),
    summary: `Письмо: подставлено ФИО к ${restored.named} упоминаниям кодов.`,
  };
}
