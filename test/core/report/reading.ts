// How the report tests read a document model: text of runs and blocks, a section's blocks, its prose, tables, charts.
import type { Inline, ReportBlock, ReportDoc } from '../../../src/core/report/model';

export const NB = '\u00a0';
export const text = (runs: Inline[]) => runs.map((r) => (typeof r === 'string' ? r : r.text)).join('');
export const blockText = (b: ReportBlock) =>
  b.kind === 'paragraph'
    ? text(b.runs)
    : b.kind === 'bullets'
      ? b.items.map(text).join('\n')
      : b.kind === 'table'
        ? [b.caption, ...b.rows.map((r) => r.map((c) => c.text).join(' | '))].join('\n')
        : b.kind === 'heading'
          ? b.text
          : '';
/** Everything a reader sees, head to signature to appendix. */
export function allText(d: ReportDoc): string {
  const head = d.head
    ? [...d.head.issuer, d.head.reference, d.head.inReplyTo ?? '', ...(d.head.addressee ?? []), d.head.kind ?? '']
    : [];
  const sign = d.signature ? [d.signature.position, d.signature.name, ...d.signature.executor] : [];
  return [...head, d.title, d.subtitle ?? '', ...[...d.blocks, ...(d.appendix ?? [])].map(blockText), ...sign].join(
    '\n',
  );
}

/** The blocks between a level-1 heading that starts with `title` and the next level-1 heading. */
export function section(d: ReportDoc, title: string): ReportBlock[] {
  const all = [...d.blocks, ...(d.appendix ?? [])];
  const start = all.findIndex((b) => b.kind === 'heading' && b.level === 1 && b.text.includes(title));
  if (start < 0) throw new Error(`no section ${title}`);
  const end = all.findIndex((b, i) => i > start && b.kind === 'heading' && b.level === 1);
  return all.slice(start + 1, end < 0 ? undefined : end).filter((b) => b.kind !== 'pageBreak');
}
export const prose = (blocks: ReportBlock[]) =>
  blocks
    .map((b) => (b.kind === 'paragraph' ? text(b.runs) : b.kind === 'bullets' ? b.items.map(text).join('\n') : ''))
    .join('\n');
export const tables = (blocks: ReportBlock[]) =>
  blocks.filter((b): b is Extract<ReportBlock, { kind: 'table' }> => b.kind === 'table');
export const charts = (blocks: ReportBlock[]) =>
  blocks.filter((b): b is Extract<ReportBlock, { kind: 'chart' }> => b.kind === 'chart');
