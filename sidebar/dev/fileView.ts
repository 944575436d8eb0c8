// The preview's stand-in for a school's own spreadsheet: a read-only page of one sheet, the asked cell marked.
import { a1, cellText, columnLetter } from '../../src/core/cells';
import type { SheetData } from '../../src/core/table';

/** Server-side HTML from sheet values: every value escaped, whatever a school typed. */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] as string,
  );
}

const STYLE = `body{font:13px arial,sans-serif;margin:0;color:#333}
header{position:sticky;top:0;left:0;z-index:1;padding:8px 12px;background:#e6f4ea;border-bottom:1px solid #ceead6}
table{border-collapse:collapse;margin:8px}
td,th{border:1px solid #e0e0e0;padding:2px 6px;white-space:nowrap;max-width:220px;overflow:hidden;text-overflow:ellipsis}
th{background:#f8f9fa;color:#777;font-weight:normal}
td.target{outline:2px solid #1a73e8;background:#e8f0fe}`;

export function fileViewHtml(fileTitle: string, sheet: SheetData, cell: string): string {
  const width = Math.max(0, ...sheet.values.map((r) => r.length));
  const letters = Array.from({ length: width }, (_, c) => columnLetter(c + 1));
  const rows = sheet.values.map((r, i) => {
    const cells = Array.from({ length: width }, (_, c) => {
      const address = a1(i + 1, c + 1);
      const mark = address === cell ? ' class="target" id="target"' : '';
      return `<td${mark}>${escapeHtml(cellText(r[c] ?? null))}</td>`;
    });
    return `<tr><th>${i + 1}</th>${cells.join('')}</tr>`;
  });
  return `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>${escapeHtml(`${sheet.name} — ${fileTitle}`)}</title><style>${STYLE}</style></head>
<body><header>Предпросмотр: так Google Таблицы открыли бы таблицу ОО ${escapeHtml(fileTitle)}, лист «${escapeHtml(sheet.name)}», ячейку <strong id="cell">${escapeHtml(cell)}</strong>.</header>
<table><tr><th></th>${letters.map((l) => `<th>${l}</th>`).join('')}</tr>${rows.join('\n')}</table>
<script>document.getElementById('target')?.scrollIntoView({block:'center',inline:'center'});</script></body></html>`;
}
