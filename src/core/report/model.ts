// The report as data: headings, paragraphs, tables and charts that the .docx and Google Docs renderers draw.

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
  shade?: 'header' | 'below-target' | 'total';
}

export interface ChartSeries {
  name: string;
  /** In the chart's unit: percent (24.9) or people; null — no data. */
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
  | { kind: 'heading'; level: 1 | 2; text: string }
  | { kind: 'paragraph'; runs: Inline[]; align?: 'left' | 'center' | 'right' | 'justify'; style?: 'normal' | 'note' }
  | { kind: 'bullets'; items: Inline[][] }
  | { kind: 'table'; caption: string; header: string[]; rows: ReportCell[][]; widths?: number[] }
  | { kind: 'chart'; chart: ChartSpec }
  | { kind: 'pageBreak' };

export interface ReportDoc {
  /** «Аналитическая справка о профессиональном развитии …» */
  title: string;
  /** File name without extension. */
  fileName: string;
  blocks: ReportBlock[];
}
