// The attributes every document carries (letterhead, «от … № …», addressee, signature, «Исп.») from `Параметры`.
import type { DocumentAttributes, Settings } from '../settings';
import { formatDate } from './format';
import type { DocumentHead, SignatureBlock } from './model';

/** What an attribute not given prints as: a line to fill by hand, never an invented value. */
export const BLANK = '________';

import type { DocumentKind } from '../catalogue/documents';

export type { DocumentKind };

const NUMBER_OF: Record<DocumentKind, keyof DocumentAttributes> = {
  report: 'reportNumber',
  letter: 'letterNumber',
  order: 'orderNumber',
};

const orBlank = (text: string) => (text.trim() === '' ? BLANK : text.trim());

/** «от 20.08.2021 № 483»; either part may be a blank. */
export function referenceLine(attributes: DocumentAttributes, kind: DocumentKind): string {
  const date = attributes.documentDate ? formatDate(attributes.documentDate) : BLANK;
  return `от ${date} № ${orBlank(attributes[NUMBER_OF[kind]])}`;
}

/** The letterhead: one line per line typed, in capitals as on a бланк. */
function issuerLines(attributes: DocumentAttributes): string[] {
  const typed = attributes.issuer
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  return typed.length > 0 ? typed.map((l) => l.toLocaleUpperCase('ru')) : [BLANK];
}

/** The head of a document; `addressee` — the letter's fixed addressee, or the справка's from `Параметры`. */
export function documentHead(settings: Settings, kind: DocumentKind, addressee?: string): DocumentHead {
  const a = settings.document;
  const head: DocumentHead = { issuer: issuerLines(a), reference: referenceLine(a, kind) };
  if (kind === 'order') return { ...head, kind: 'ПРИКАЗ' };
  if (kind === 'letter') head.inReplyTo = `на № ${BLANK} от ${BLANK}`;
  head.addressee = [orBlank(addressee ?? a.addressee)];
  return head;
}

export function signatureBlock(settings: Settings): SignatureBlock {
  const a = settings.document;
  return {
    position: orBlank(a.signatoryPosition),
    name: orBlank(a.signatoryName),
    executor: [`Исп. ${orBlank(a.executorName)}`, `Тел. ${orBlank(a.executorPhone)}`],
  };
}
