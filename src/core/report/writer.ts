// Collects report blocks in order and numbers tables and figures («Таблица 3 — …», «Рисунок 2 — …»).
import type { ChartSpec, Inline, ReportBlock, ReportCell } from './model';

export class ReportWriter {
  readonly blocks: ReportBlock[] = [];
  private tables = 0;
  private figures = 0;

  heading(level: 1 | 2, text: string): void {
    this.blocks.push({ kind: 'heading', level, text });
  }

  /** An ordinary justified paragraph of the справка. */
  paragraph(...runs: Inline[]): void {
    this.blocks.push({ kind: 'paragraph', runs, align: 'justify', style: 'normal' });
  }

  /** A bold lead-in kept on the page of the list that follows it (a school's name above its recommendations). */
  leadIn(text: string): void {
    this.blocks.push({
      kind: 'paragraph',
      runs: [{ text, bold: true }],
      align: 'left',
      style: 'normal',
      keepWithNext: true,
    });
  }

  /** A smaller remark (under a table: where the full data is, what «—» means). */
  note(...runs: Inline[]): void {
    this.blocks.push({ kind: 'paragraph', runs, align: 'left', style: 'note' });
  }

  bullets(items: Inline[][]): void {
    if (items.length > 0) this.blocks.push({ kind: 'bullets', items });
  }

  table(
    title: string,
    header: string[],
    rows: ReportCell[][],
    options: { widths?: number[]; dense?: boolean } = {},
  ): void {
    this.tables += 1;
    this.blocks.push({
      kind: 'table',
      caption: `Таблица ${this.tables} — ${title}`,
      header,
      rows,
      ...(options.widths ? { widths: options.widths } : {}),
      ...(options.dense ? { dense: true } : {}),
    });
  }

  chart(chart: ChartSpec): void {
    this.figures += 1;
    this.blocks.push({ kind: 'chart', chart, caption: `Рисунок ${this.figures} — ${chart.title}` });
  }

  pageBreak(): void {
    this.blocks.push({ kind: 'pageBreak' });
  }
}
