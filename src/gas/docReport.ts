// The report as a Google Doc: the same ReportDoc the .docx renderer draws — headings, paragraphs, tables, charts.
import { PALETTE, TONE_COLOURS } from '../core/catalogue/palette';
import type { DocumentsPort } from '../app/ports';
import type { ChartSpec, Inline, ReportBlock, ReportCell, ReportDoc } from '../core/report/model';
import { chartImages } from './charts';
import { appendHead, appendSignature } from './docHead';

type Body = GoogleAppsScript.Document.Body;
type Paragraph = GoogleAppsScript.Document.Paragraph;

/** Fills by shade; a muted cell (a school that did not submit) gets grey text instead of a fill. */
const SHADE: Record<Exclude<NonNullable<ReportCell['shade']>, 'muted'>, string> = {
  header: PALETTE.header,
  'below-target': TONE_COLOURS['below-target'],
  total: TONE_COLOURS.total,
};
const DENSE_FONT = 8;
const IMAGE_WIDTH = 620;
/** Text width of an A4 page with Docs' default margins, in points. */
const PAGE_WIDTH = 451;

function runsText(runs: readonly Inline[]): string {
  return runs.map((r) => (typeof r === 'string' ? r : r.text)).join('');
}

/** Bold and italic runs, applied by character offsets of the paragraph's text. */
function styleRuns(p: Paragraph | GoogleAppsScript.Document.ListItem, runs: readonly Inline[]): void {
  let at = 0;
  for (const r of runs) {
    const text = typeof r === 'string' ? r : r.text;
    if (typeof r !== 'string' && text.length > 0 && (r.bold || r.italic)) {
      const t = p.editAsText();
      if (r.bold) t.setBold(at, at + text.length - 1, true);
      if (r.italic) t.setItalic(at, at + text.length - 1, true);
    }
    at += text.length;
  }
}

const ALIGN = () => ({
  left: DocumentApp.HorizontalAlignment.LEFT,
  center: DocumentApp.HorizontalAlignment.CENTER,
  right: DocumentApp.HorizontalAlignment.RIGHT,
  justify: DocumentApp.HorizontalAlignment.JUSTIFY,
});

function appendTable(body: Body, block: Extract<ReportBlock, { kind: 'table' }>): void {
  body.appendParagraph(block.caption).editAsText().setItalic(true);
  const width = block.header.length;
  const cells = [block.header, ...block.rows.map((r) => Array.from({ length: width }, (_, j) => r[j]?.text ?? ''))];
  const table = body.appendTable(cells);
  if (block.widths && block.widths.length === width) {
    // Relative widths of the model spread over the page's text width.
    const sum = block.widths.reduce((a, b) => a + b, 0) || 1;
    block.widths.forEach((w, j) => table.setColumnWidth(j, Math.round((PAGE_WIDTH * w) / sum)));
  }
  if (block.dense) table.editAsText().setFontSize(DENSE_FONT);
  table.getRow(0).editAsText().setBold(true);
  for (let j = 0; j < width; j++) table.getCell(0, j).setBackgroundColor(SHADE.header);
  block.rows.forEach((row, i) =>
    row.forEach((cell, j) => {
      if (!cell.shade && !cell.bold && !cell.italic) return;
      const c = table.getCell(i + 1, j);
      if (cell.shade === 'muted') c.editAsText().setForegroundColor(PALETTE.mutedText);
      else if (cell.shade) c.setBackgroundColor(SHADE[cell.shade]);
      if (cell.bold) c.editAsText().setBold(true);
      if (cell.italic) c.editAsText().setItalic(true);
    }),
  );
}

function appendChart(
  body: Body,
  spec: ChartSpec,
  caption: string | undefined,
  images: Map<string, GoogleAppsScript.Base.Blob>,
): void {
  const blob = images.get(spec.id);
  if (!blob) return;
  const holder = body.appendParagraph('');
  holder.setAlignment(DocumentApp.HorizontalAlignment.CENTER);
  const image = holder.appendInlineImage(blob);
  const ratio = image.getHeight() / Math.max(1, image.getWidth());
  image.setWidth(IMAGE_WIDTH).setHeight(Math.round(IMAGE_WIDTH * ratio));
  const under = body.appendParagraph(caption ?? spec.title);
  under.setAlignment(DocumentApp.HorizontalAlignment.CENTER);
  under.editAsText().setItalic(true);
}

export function renderDoc(doc: ReportDoc, images: Map<string, GoogleAppsScript.Base.Blob>): string {
  const file = DocumentApp.create(doc.fileName);
  const body = file.getBody();
  // A new Doc starts with one empty paragraph: it becomes the title (above a letterhead it stays an empty line).
  const first = body.getParagraphs()[0];
  if (doc.head) appendHead(body, doc.head);
  const titleParagraph = doc.head ? body.appendParagraph(doc.title) : first;
  titleParagraph.setText(doc.title);
  titleParagraph.setHeading(DocumentApp.ParagraphHeading.TITLE);
  titleParagraph.setAlignment(DocumentApp.HorizontalAlignment.CENTER);
  if (doc.subtitle) body.appendParagraph(doc.subtitle).setAlignment(DocumentApp.HorizontalAlignment.CENTER);
  for (const block of doc.blocks) appendBlock(body, block, images);
  if (doc.signature) appendSignature(body, doc.signature);
  for (const block of doc.appendix ?? []) appendBlock(body, block, images);
  // The URL is asked while the Doc is open: whether a closed Document still answers getUrl is not documented.
  const url = file.getUrl();
  file.saveAndClose();
  return url;
}

function appendBlock(body: Body, block: ReportBlock, images: Map<string, GoogleAppsScript.Base.Blob>): void {
  switch (block.kind) {
    case 'heading':
      body
        .appendParagraph(block.text)
        .setHeading(block.level === 1 ? DocumentApp.ParagraphHeading.HEADING1 : DocumentApp.ParagraphHeading.HEADING2);
      break;
    case 'paragraph': {
      const p = body.appendParagraph(runsText(block.runs));
      if (block.align) p.setAlignment(ALIGN()[block.align]);
      if (block.style === 'note') p.editAsText().setItalic(true);
      styleRuns(p, block.runs);
      break;
    }
    case 'bullets':
      for (const item of block.items) {
        styleRuns(body.appendListItem(runsText(item)).setGlyphType(DocumentApp.GlyphType.BULLET), item);
      }
      break;
    case 'table':
      appendTable(body, block);
      break;
    case 'chart':
      appendChart(body, block.chart, block.caption, images);
      break;
    case 'pageBreak':
      body.appendPageBreak();
      break;
  }
}

/** Charts are drawn in the district workbook (a temporary sheet), then the Doc is written in the user's Drive. */
export function googleDocs(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): DocumentsPort {
  return {
    create(doc: ReportDoc): string {
      const specs = [...doc.blocks, ...(doc.appendix ?? [])].flatMap((b) => (b.kind === 'chart' ? [b.chart] : []));
      return renderDoc(doc, chartImages(ss, specs));
    },
  };
}
