// The report model → .docx: A4, Times New Roman 14 pt like Russian official papers, real tables, charts as PNG.
import { PALETTE, TONE_COLOURS } from '../core/catalogue/palette';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  LineRuleType,
  PageBreak,
  PageNumber,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IParagraphOptions,
} from 'docx';
import type { ChartSpec, Inline, ReportBlock, ReportCell, ReportDoc } from '../core/report/model';
import { chartPng } from './chartPng';
import { coreProperties, deterministicZip, FIXED_TIME } from './docxZip';
import { renderHead, renderSignature } from './docxHead';

/** Twips (1/20 pt). A4 portrait; margins of ГОСТ Р 7.0.97: left 30 mm, right 15 mm, top and bottom 20 mm. */
const PAGE = { width: 11906, height: 16838, left: 1701, right: 850, top: 1134, bottom: 1134 };
const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
/** The text width in px at 96 dpi — the width charts are drawn at (1 px = 15 twips). */
const CHART_WIDTH = Math.floor(TEXT_WIDTH / 15);

const FONT = 'Times New Roman';
/** Sizes in half-points: 14 pt body, 12 pt tables and notes, 10 pt for the wide by-school table. */
const SIZE = { body: 28, table: 24, dense: 20, note: 24 };
/** 1,25 cm paragraph indent, single-and-a-bit line spacing (1.15). */
const INDENT = 709;
const LINE = 276;

/** docx colours are RRGGBB without '#'. */
const hex = (colour: string) => colour.slice(1).toUpperCase();
const FILL: Record<NonNullable<ReportCell['shade']>, string | null> = {
  header: hex(PALETTE.header),
  'below-target': hex(TONE_COLOURS['below-target']),
  total: hex(TONE_COLOURS.total),
  muted: null,
};
const MUTED_TEXT = hex(PALETTE.mutedText);
const BULLETS = 'report-bullets';

/** Renders the report model into a .docx file's bytes (the same model gives the same bytes). */
export async function renderDocx(doc: ReportDoc): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [
    ...(doc.head ? renderHead(doc.head, TEXT_WIDTH) : []),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 120 },
      children: [new TextRun({ text: doc.title, bold: true })],
    }),
  ];
  if (doc.subtitle) {
    children.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { after: 240 },
        children: [new TextRun({ text: doc.subtitle, italics: true, size: SIZE.note })],
      }),
    );
  }
  // Drawing ids are numbered per document: the library's own counter runs on across documents in one process.
  let pictures = 0;
  for (const block of doc.blocks) children.push(...renderBlock(block, () => ++pictures));
  if (doc.signature) children.push(...renderSignature(doc.signature, TEXT_WIDTH));
  for (const block of doc.appendix ?? []) children.push(...renderBlock(block, () => ++pictures));

  const properties = {
    title: doc.title,
    creator: 'PedMonitor',
    description: 'Документ сформирован PedMonitor по данным мониторинга',
  };
  const document = new Document({
    ...properties,
    lastModifiedBy: properties.creator,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: SIZE.body },
          paragraph: { spacing: { line: LINE, lineRule: LineRuleType.AUTO } },
        },
        heading1: {
          run: { font: FONT, size: SIZE.body, bold: true, color: '000000' },
          paragraph: { spacing: { before: 240, after: 120 }, keepNext: true },
        },
        heading2: {
          run: { font: FONT, size: SIZE.body, bold: true, italics: true, color: '000000' },
          paragraph: { spacing: { before: 180, after: 60 }, keepNext: true },
        },
      },
    },
    numbering: {
      config: [
        {
          reference: BULLETS,
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: '–',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: INDENT + 360, hanging: 360 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right, footer: 567 },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT], size: SIZE.note })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  const bytes = await Packer.toBuffer(document, false, [coreProperties(properties, FIXED_TIME)]);
  return deterministicZip(new Uint8Array(bytes), FIXED_TIME);
}

function runs(inlines: Inline[], size?: number, extra: { italics?: boolean } = {}): TextRun[] {
  return inlines.map((r) =>
    typeof r === 'string'
      ? new TextRun({ text: r, ...(size ? { size } : {}), ...extra })
      : new TextRun({ text: r.text, bold: r.bold, italics: r.italic ?? extra.italics, ...(size ? { size } : {}) }),
  );
}

function renderBlock(block: ReportBlock, nextPictureId: () => number): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [
        new Paragraph({
          heading: block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
          children: [new TextRun({ text: block.text })],
        }),
      ];
    case 'paragraph': {
      if (block.style === 'note') {
        return [
          new Paragraph({
            alignment: AlignmentType.BOTH,
            spacing: { before: 60, after: 120, line: 240, lineRule: LineRuleType.AUTO },
            children: runs(block.runs, SIZE.note, { italics: true }),
          }),
        ];
      }
      const options: IParagraphOptions = {
        alignment: ALIGN[block.align ?? 'justify'],
        indent: block.align === undefined || block.align === 'justify' ? { firstLine: INDENT } : undefined,
        spacing: { after: 60, ...(block.keepWithNext ? { before: 120 } : {}) },
        ...(block.keepWithNext ? { keepNext: true } : {}),
        children: runs(block.runs),
      };
      return [new Paragraph(options)];
    }
    case 'bullets':
      return block.items.map(
        (item) =>
          new Paragraph({
            numbering: { reference: BULLETS, level: 0 },
            alignment: AlignmentType.BOTH,
            spacing: { after: 40 },
            children: runs(item),
          }),
      );
    case 'table':
      return renderTable(block);
    case 'chart':
      return renderChart(block.chart, block.caption ?? block.chart.title, nextPictureId());
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.BOTH,
} as const;

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '808080' };

function renderTable(block: Extract<ReportBlock, { kind: 'table' }>): (Paragraph | Table)[] {
  const size = block.dense ? SIZE.dense : SIZE.table;
  const columns = block.header.length;
  const weights =
    block.widths && block.widths.length === columns ? block.widths : Array.from({ length: columns }, () => 1);
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((TEXT_WIDTH * w) / sum));
  const cell = (c: ReportCell, width: number) => {
    const fill = c.shade ? FILL[c.shade] : null;
    return new TableCell({
      width: { size: width, type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      margins: { top: 30, bottom: 30, left: block.dense ? 30 : 70, right: block.dense ? 30 : 70 },
      ...(fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill } } : {}),
      children: [
        new Paragraph({
          alignment: ALIGN[c.align ?? 'left'],
          spacing: { line: 240, lineRule: LineRuleType.AUTO },
          children: [
            new TextRun({
              text: c.text,
              size,
              bold: c.bold || c.shade === 'header',
              italics: c.italic,
              ...(c.shade === 'muted' ? { color: MUTED_TEXT } : {}),
            }),
          ],
        }),
      ],
    });
  };
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: block.header.map((h, i) => cell({ text: h, align: 'center', shade: 'header' }, widths[i])),
  });
  const rows = block.rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c, i) => cell(c, widths[i])) }));
  return [
    new Paragraph({
      keepNext: true,
      spacing: { before: 180, after: 60 },
      children: [new TextRun({ text: block.caption, size: SIZE.table })],
    }),
    new Table({
      rows: [header, ...rows],
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: {
        top: BORDER,
        bottom: BORDER,
        left: BORDER,
        right: BORDER,
        insideHorizontal: BORDER,
        insideVertical: BORDER,
      },
    }),
    new Paragraph({ spacing: { after: 60 }, children: [] }),
  ];
}

function renderChart(chart: ChartSpec, caption: string, id: number): Paragraph[] {
  const picture = chartPng(chart, CHART_WIDTH);
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { before: 120, line: 240, lineRule: LineRuleType.AUTO },
      children: [
        new ImageRun({
          type: 'png',
          data: picture.png,
          transformation: { width: picture.width, height: picture.height },
          altText: { id: String(id), name: chart.id, title: chart.title, description: caption },
        }),
      ],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 180 },
      children: [new TextRun({ text: caption, size: SIZE.table })],
    }),
  ];
}
