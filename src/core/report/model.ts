// The report as data: headings, paragraphs, tables and charts that the .docx and Google Docs renderers draw.
//
// Every block maps onto something DocumentApp can make (paragraph, list item, table, inline image, page
// break), so the Google Docs renderer needs no layout logic of its own. All text is final: numbers are
// already formatted the Russian way, tables and figures are already numbered, «—» already stands where a
// denominator is zero. Renderers only choose fonts, sizes and colours. Text that schools typed (their
// names) is plain text here and must be written as text, never as a formula or a field.

/** A piece of a paragraph with its own emphasis. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
}
export type Inline = string | Run;

export interface ReportCell {
  text: string;
  align?: 'left' | 'center' | 'right';
  bold?: boolean;
  italic?: boolean;
  /**
   * header — the table's head row; below-target — a school's value below the district target (pale red);
   * total — the district row (pale grey-blue); muted — a school that did not submit (grey text, no fill).
   */
  shade?: 'header' | 'below-target' | 'total' | 'muted';
}

export interface ChartSeries {
  name: string;
  /** In the chart's unit: percent (24.9) or people; null — no data (zero denominator), drawn as «—». */
  values: (number | null)[];
}

export interface ChartSpec {
  id: string;
  /** bar: horizontal bars (long category names); column: vertical. */
  type: 'bar' | 'column';
  title: string;
  categories: string[];
  series: ChartSeries[];
  unit: '%' | 'чел.';
  /** A target line, in the chart's unit. */
  target?: number;
}

export type ReportBlock =
  /** level 1 — a numbered section («3. Повышение квалификации»); level 2 — a part of it. */
  | { kind: 'heading'; level: 1 | 2; text: string }
  /**
   * justify — ordinary text with a first-line indent; note — a smaller remark under a table or figure.
   * keepWithNext — a lead-in (a school's name above its recommendations): keep it on the page of what follows
   * where the renderer can (Word can; Google Docs may ignore it).
   */
  | {
      kind: 'paragraph';
      runs: Inline[];
      align?: 'left' | 'center' | 'right' | 'justify';
      style?: 'normal' | 'note';
      keepWithNext?: boolean;
    }
  /** A bulleted list, one Inline[] per item. */
  | { kind: 'bullets'; items: Inline[][] }
  /**
   * A real table: `caption` («Таблица 2 — …») goes above it, `header` is the head row (repeated on every
   * page), `widths` are relative column widths (any scale). `dense` — many columns: a smaller font.
   */
  | { kind: 'table'; caption: string; header: string[]; rows: ReportCell[][]; widths?: number[]; dense?: boolean }
  /** A chart drawn as a picture; `caption` («Рисунок 1 — …») goes under it (falls back to chart.title). */
  | { kind: 'chart'; chart: ChartSpec; caption?: string }
  | { kind: 'pageBreak' };

/**
 * The attributes above the title of an official paper (sample documents in docs/decisions.md: letterhead, «от
 * 20.08.2021 г. № 483», addressee).
 * Every line is final text: a missing attribute is already a blank «________».
 */
export interface DocumentHead {
  /** The issuing body's letterhead, line by line (bold). */
  issuer: string[];
  /** «от 20.08.2021 № 483», or with blanks «от ________ № ________». */
  reference: string;
  /** A letter's «на № ________ от ________». */
  inReplyTo?: string;
  /** Beside the letterhead on the right: «Руководителям …» (bold). Absent for a приказ. */
  addressee?: string[];
  /** A приказ: its kind («ПРИКАЗ») centred under the letterhead; the head is then drawn centred, one column. */
  kind?: string;
  /** A mark in the top right corner above the letterhead: «Проект» of a draft order. */
  mark?: string;
}

/** The signature block under the text and the executor («Исп.») at the foot, small. */
export interface SignatureBlock {
  position: string;
  name: string;
  /** «Исп. Савельева Т.П.», «3-06-90». */
  executor: string[];
}

export interface ReportDoc {
  head?: DocumentHead;
  /** «Аналитическая справка о профессиональном развитии …» — drawn centred and bold at the top. */
  title: string;
  /**
   * A line under the title: what data the report rests on (date of the build is not included: it would differ between
   * runs).
   */
  subtitle?: string;
  /** File name without extension. */
  fileName: string;
  blocks: ReportBlock[];
  signature?: SignatureBlock;
  /** After the signature, from a new page: appendices («Приложение 1. …»), in the order given. */
  appendix?: ReportBlock[];
}
