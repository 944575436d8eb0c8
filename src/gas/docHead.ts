// The attributes of an official paper in a Google Doc: letterhead beside the addressee, reference, signature.
import type { DocumentHead, SignatureBlock } from '../core/report/model';

type Body = GoogleAppsScript.Document.Body;

/** Two cells side by side without borders; each cell's lines are joined by line breaks. */
function twoColumns(body: Body, left: string[], right: string[], boldLeft: boolean, boldRight: boolean): void {
  const table = body.appendTable([[left.join('\n'), right.join('\n')]]);
  table.setBorderWidth(0);
  if (boldLeft && left.join('') !== '') table.getCell(0, 0).editAsText().setBold(true);
  if (boldRight && right.join('') !== '') table.getCell(0, 1).editAsText().setBold(true);
}

/** A letter: letterhead and reference on the left, addressee on the right. A приказ: centred lines with its kind. */
export function appendHead(body: Body, head: DocumentHead): void {
  const center = DocumentApp.HorizontalAlignment.CENTER;
  if (head.mark) body.appendParagraph(head.mark).setAlignment(DocumentApp.HorizontalAlignment.RIGHT);
  if (head.kind) {
    for (const line of [...head.issuer, head.kind])
      body.appendParagraph(line).setAlignment(center).editAsText().setBold(true);
    body.appendParagraph(head.reference).setAlignment(center);
    return;
  }
  twoColumns(body, head.issuer, head.addressee ?? [], true, true);
  body.appendParagraph(head.reference);
  if (head.inReplyTo) body.appendParagraph(head.inReplyTo);
}

export function appendSignature(body: Body, signature: SignatureBlock): void {
  body.appendParagraph('');
  twoColumns(body, [signature.position], [signature.name], false, false);
  body.appendParagraph('');
  for (const line of signature.executor) body.appendParagraph(line).editAsText().setFontSize(10);
}
