// The attributes of an official paper in .docx: letterhead beside the addressee, the reference line, the signature.
import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { DocumentHead, SignatureBlock } from '../core/report/model';

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
/** Half-points: the executor line is small, as on the letters of sample documents 1 and 2 (docs/decisions.md). */
const SMALL = 20;
const TIGHT = { line: 240, lineRule: LineRuleType.AUTO };

function lines(
  texts: readonly string[],
  options: { bold?: boolean; align: 'left' | 'center' | 'right'; size?: number },
): Paragraph[] {
  const alignment = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT }[
    options.align
  ];
  return texts.map(
    (text) =>
      new Paragraph({
        alignment,
        spacing: TIGHT,
        children: [new TextRun({ text, bold: options.bold, ...(options.size ? { size: options.size } : {}) })],
      }),
  );
}

/** Two cells side by side without borders (a letterhead and an addressee; a position and a name). */
function twoColumns(left: Paragraph[], right: Paragraph[], textWidth: number, leftShare: number): Table {
  const widths = [Math.floor(textWidth * leftShare), textWidth - Math.floor(textWidth * leftShare)];
  const cell = (children: Paragraph[], width: number) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      borders: { top: NONE, bottom: NONE, left: NONE, right: NONE },
      children: children.length > 0 ? children : [new Paragraph({ children: [] })],
    });
  return new Table({
    rows: [new TableRow({ children: [cell(left, widths[0]), cell(right, widths[1])] })],
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
  });
}

const gap = (after = 240) => new Paragraph({ spacing: { after }, children: [] });

/** A letter: letterhead and reference on the left, addressee on the right. A приказ: all centred, with its kind. */
export function renderHead(head: DocumentHead, textWidth: number): (Paragraph | Table)[] {
  const mark = head.mark ? lines([head.mark], { align: 'right' }) : [];
  if (head.kind) {
    return [
      ...mark,
      ...lines(head.issuer, { bold: true, align: 'center' }),
      gap(120),
      ...lines([head.kind], { bold: true, align: 'center' }),
      gap(120),
      ...lines([head.reference], { align: 'center' }),
      gap(),
    ];
  }
  const left = [
    ...lines(head.issuer, { bold: true, align: 'center' }),
    gap(120),
    ...lines([head.reference, ...(head.inReplyTo ? [head.inReplyTo] : [])], { align: 'left' }),
  ];
  return [
    ...mark,
    twoColumns(left, lines(head.addressee ?? [], { bold: true, align: 'left' }), textWidth, 0.55),
    gap(),
  ];
}

/** The position on the left, the name on the right; the executor at the foot in small print. */
export function renderSignature(signature: SignatureBlock, textWidth: number): (Paragraph | Table)[] {
  return [
    gap(480),
    twoColumns(
      lines([signature.position], { align: 'left' }),
      lines([signature.name], { align: 'right' }),
      textWidth,
      0.65,
    ),
    gap(480),
    ...lines(signature.executor, { align: 'left', size: SMALL }),
  ];
}
