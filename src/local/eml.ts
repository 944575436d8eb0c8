// A school's letter as an .eml file (RFC 5322 + MIME): UTF-8 headers as encoded words, base64 body, CRLF lines.
import { randomUUID } from 'node:crypto';
import type { SchoolLetter } from '../core/reminders';

const CRLF = '\r\n';
/** RFC 2047: an encoded word is at most 75 characters; 45 bytes of UTF-8 make 60 characters of base64. */
const WORD_BYTES = 45;

/** `=?UTF-8?B?…?=` words, split between characters (never inside one), folded onto continuation lines. */
function encodedWords(text: string): string {
  const words: string[] = [];
  let chunk = '';
  for (const ch of text) {
    if (Buffer.byteLength(chunk + ch, 'utf8') > WORD_BYTES) {
      words.push(chunk);
      chunk = '';
    }
    chunk += ch;
  }
  if (chunk !== '') words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${Buffer.from(w, 'utf8').toString('base64')}?=`).join(`${CRLF} `);
}

function encodeHeader(name: string, text: string): string {
  return `${name}: ${encodedWords(text)}`;
}

/** `Wed, 02 Dec 2026 03:04:05 +0000` (RFC 5322 §3.3), in UTC. */
export function rfc5322Date(d: Date): string {
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const p = (n: number) => String(n).padStart(2, '0');
  return (
    `${days[d.getUTCDay()]}, ${p(d.getUTCDate())} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()} `
    + `${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`
  );
}

/** Where the letter comes from: the methodologist's address, or a placeholder a mail client asks to replace. */
export const FROM_PLACEHOLDER = 'metodist@example.invalid';

export interface EmlOptions {
  from?: string;
  date: Date;
}

/**
 * The letter as a draft: `X-Unsent: 1` opens it in Outlook ready to send; other clients «edit as new». Without an
 * address in the registry there is no To (the CLI names such schools).
 */
export function toEml(letter: SchoolLetter, o: EmlOptions): string {
  const body = Buffer.from(letter.body.replace(/\r?\n/g, CRLF), 'utf8').toString('base64');
  const lines = [
    `From: ${encodedWords('Методист')} <${o.from ?? FROM_PLACEHOLDER}>`,
    ...(letter.to.length > 0 ? [`To: ${letter.to.join(', ')}`] : []),
    encodeHeader('Subject', letter.subject),
    `Date: ${rfc5322Date(o.date)}`,
    `Message-ID: <${randomUUID()}@pedmonitor.local>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    'X-Unsent: 1',
    '',
    ...(body.match(/.{1,76}/g) ?? []),
  ];
  return `${lines.join(CRLF)}${CRLF}`;
}
