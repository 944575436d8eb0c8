// Draws a ChartSpec as a standalone SVG string — pure and deterministic (no DOM), font «DejaVu Sans».
import { NO_DATA } from '../catalogue/labels';
import { isBelowTarget } from '../targets';
import { formatNumber, formatPercent, NBSP } from './format';
import type { ChartSpec } from './model';
import { textWidth, truncate, wrapText } from './textMetrics';

export const CHART_FONT = 'DejaVu Sans';

export interface SvgOptions {
  /** Width in px (the height follows from the number of categories). */
  width?: number;
  /** Draw the title at the top (renderers that put a caption under the picture leave it out). */
  withTitle?: boolean;
}

const PALETTE = ['#2F5D8A', '#E08A2E', '#6A9A3A', '#8C4F9E', '#3A9A9A'];
const BELOW = '#C0504D';
const TARGET = '#B22222';
const GRID = '#D9D9D9';
const AXIS = '#595959';
const TEXT = '#262626';
const FONT = 12;
const SMALL = 11;
const LINE = 14;

interface Frame {
  parts: string[];
  width: number;
}

/** ChartSpec → SVG. Bars below the target are drawn in red when there is one series. */
export function chartSvg(spec: ChartSpec, options: SvgOptions = {}): string {
  const width = options.width ?? 640;
  const f: Frame = { parts: [], width };
  const top = options.withTitle ? drawTitle(f, spec.title) : 12;
  const height = spec.type === 'bar' ? drawBars(f, spec, top) : drawColumns(f, spec, top);
  const total = drawLegend(f, spec, height);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${n(total)}" viewBox="0 0 ${width} ${n(total)}" font-family="${CHART_FONT}" font-size="${FONT}">`,
    `<rect x="0" y="0" width="${width}" height="${n(total)}" fill="#FFFFFF"/>`,
    ...f.parts,
    '</svg>',
  ].join('\n');
}

function drawTitle(f: Frame, title: string): number {
  const lines = wrapText(title, f.width - 24, 13, 3, true);
  lines.forEach((l, i) =>
    f.parts.push(text(f.width / 2, 20 + i * 17, l, { anchor: 'middle', weight: 'bold', size: 13 })),
  );
  return 20 + lines.length * 17;
}

/** Upper end of the value axis: 100 for percentages (unless exceeded), a round number for people. */
export function axisMax(spec: ChartSpec): number {
  const values = spec.series.flatMap((s) => s.values).filter((v): v is number => v !== null);
  const max = Math.max(0, ...values, spec.target ?? 0);
  if (spec.unit === '%' && max <= 100) return 100;
  if (max <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * magnitude >= max) return step * magnitude;
  return 10 * magnitude;
}

function ticks(max: number): number[] {
  const count = max % 5 === 0 || max === 100 ? 5 : 4;
  return Array.from({ length: count + 1 }, (_, i) => (max * i) / count);
}

const label = (spec: ChartSpec, v: number | null) =>
  v === null ? NO_DATA : spec.unit === '%' ? formatPercent(v) : formatNumber(v);
const tickLabel = (spec: ChartSpec, v: number) => (spec.unit === '%' ? `${formatNumber(v)}${NBSP}%` : formatNumber(v));

function colourOf(spec: ChartSpec, series: number, v: number | null): string {
  if (spec.series.length === 1 && isBelowTarget(v, spec.target)) return BELOW;
  return PALETTE[series % PALETTE.length];
}

/** Horizontal bars: categories down the left (wrapped to 2 lines), values along the bottom. */
function drawBars(f: Frame, spec: ChartSpec, top: number): number {
  const labelWidth = Math.min(f.width * 0.4, Math.max(60, ...spec.categories.map((c) => textWidth(c, FONT))) + 8);
  const x0 = labelWidth + 12;
  const x1 = f.width - 64;
  const max = axisMax(spec);
  const xOf = (v: number) => x0 + ((x1 - x0) * Math.min(v, max)) / max;
  const bar = spec.series.length === 1 ? 16 : 12;
  const group = bar * spec.series.length;
  const rows = spec.categories.map((c) => wrapText(c, labelWidth, FONT, 2));
  const rowHeights = rows.map((lines) => Math.max(group, lines.length * LINE) + 10);
  const plotTop = top + (spec.target !== undefined ? 18 : 4);
  const plotBottom = plotTop + rowHeights.reduce((a, b) => a + b, 0);

  for (const t of ticks(max)) {
    f.parts.push(line(xOf(t), plotTop, xOf(t), plotBottom, GRID));
    f.parts.push(text(xOf(t), plotBottom + 15, tickLabel(spec, t), { anchor: 'middle', size: SMALL, fill: AXIS }));
  }
  f.parts.push(line(x0, plotTop, x0, plotBottom, AXIS));

  let y = plotTop;
  spec.categories.forEach((_, ci) => {
    const h = rowHeights[ci];
    const mid = y + h / 2;
    const lines = rows[ci];
    lines.forEach((l, li) =>
      f.parts.push(text(labelWidth, mid + (li - (lines.length - 1) / 2) * LINE + 4, l, { anchor: 'end' })),
    );
    spec.series.forEach((s, si) => {
      const v = s.values[ci] ?? null;
      const by = mid - group / 2 + si * bar;
      if (v !== null && v > 0)
        f.parts.push(
          `<rect class="bar" x="${n(x0)}" y="${n(by + 1)}" width="${n(xOf(v) - x0)}" height="${n(bar - 2)}" fill="${colourOf(spec, si, v)}"/>`,
        );
      f.parts.push(text((v === null ? x0 : xOf(v)) + 4, by + bar / 2 + 4, label(spec, v), { size: SMALL }));
    });
    y += h;
  });

  if (spec.target !== undefined) {
    const tx = xOf(spec.target);
    f.parts.push(
      `<line x1="${n(tx)}" y1="${n(plotTop - 6)}" x2="${n(tx)}" y2="${n(plotBottom)}" stroke="${TARGET}" stroke-width="2" stroke-dasharray="6 4"/>`,
    );
    f.parts.push(
      text(tx, plotTop - 9, `Цель: ${label(spec, spec.target)}`, {
        anchor: 'middle',
        size: SMALL,
        fill: TARGET,
        weight: 'bold',
      }),
    );
  }
  return plotBottom + 24;
}

/** Vertical columns: categories along the bottom (wrapped to 3 lines), values up the left. */
function drawColumns(f: Frame, spec: ChartSpec, top: number): number {
  const x0 = 52;
  const x1 = f.width - 12;
  const plotTop = top + 12;
  const plotBottom = plotTop + 220;
  const max = axisMax(spec);
  const yOf = (v: number) => plotBottom - ((plotBottom - plotTop) * Math.min(v, max)) / max;
  const slot = (x1 - x0) / Math.max(1, spec.categories.length);
  const bar = Math.min(36, (slot * 0.7) / spec.series.length);

  for (const t of ticks(max)) {
    f.parts.push(line(x0, yOf(t), x1, yOf(t), GRID));
    f.parts.push(text(x0 - 6, yOf(t) + 4, tickLabel(spec, t), { anchor: 'end', size: SMALL, fill: AXIS }));
  }
  f.parts.push(line(x0, plotBottom, x1, plotBottom, AXIS));

  let deepest = 0;
  spec.categories.forEach((c, ci) => {
    const mid = x0 + slot * (ci + 0.5);
    const lines = wrapText(c, slot - 4, SMALL, 3);
    deepest = Math.max(deepest, lines.length);
    lines.forEach((l, li) => f.parts.push(text(mid, plotBottom + 15 + li * 13, l, { anchor: 'middle', size: SMALL })));
    spec.series.forEach((s, si) => {
      const v = s.values[ci] ?? null;
      const bx = mid - (bar * spec.series.length) / 2 + si * bar;
      if (v !== null && v > 0)
        f.parts.push(
          `<rect class="bar" x="${n(bx + 1)}" y="${n(yOf(v))}" width="${n(bar - 2)}" height="${n(plotBottom - yOf(v))}" fill="${colourOf(spec, si, v)}"/>`,
        );
      f.parts.push(
        text(bx + bar / 2, (v === null ? plotBottom : yOf(v)) - 4, truncate(label(spec, v), slot, SMALL), {
          anchor: 'middle',
          size: SMALL,
        }),
      );
    });
  });

  if (spec.target !== undefined) {
    const ty = yOf(spec.target);
    f.parts.push(
      `<line x1="${n(x0)}" y1="${n(ty)}" x2="${n(x1)}" y2="${n(ty)}" stroke="${TARGET}" stroke-width="2" stroke-dasharray="6 4"/>`,
    );
    f.parts.push(
      text(x1, ty - 5, `Цель: ${label(spec, spec.target)}`, {
        anchor: 'end',
        size: SMALL,
        fill: TARGET,
        weight: 'bold',
      }),
    );
  }
  return plotBottom + 15 + deepest * 13 + 8;
}

/** Series names (when there are several) and the meaning of red bars and the dashed line (when there is a target). */
function drawLegend(f: Frame, spec: ChartSpec, y: number): number {
  const items: { swatch: string; name: string }[] = [];
  if (spec.series.length > 1)
    spec.series.forEach((s, i) => items.push({ swatch: PALETTE[i % PALETTE.length], name: s.name }));
  if (spec.target !== undefined) {
    if (spec.series.length === 1) {
      items.push({ swatch: PALETTE[0], name: 'не ниже цели' });
      items.push({ swatch: BELOW, name: 'ниже цели' });
    }
    items.push({ swatch: 'target', name: 'целевое значение' });
  }
  if (items.length === 0) return y;
  let x = 12;
  let row = y + 4;
  for (const item of items) {
    const w = 22 + textWidth(item.name, SMALL) + 18;
    if (x + w > f.width - 12 && x > 12) {
      x = 12;
      row += 18;
    }
    if (item.swatch === 'target')
      f.parts.push(
        `<line x1="${n(x)}" y1="${n(row + 6)}" x2="${n(x + 16)}" y2="${n(row + 6)}" stroke="${TARGET}" stroke-width="2" stroke-dasharray="4 3"/>`,
      );
    else f.parts.push(`<rect x="${n(x)}" y="${n(row)}" width="14" height="12" fill="${item.swatch}"/>`);
    f.parts.push(text(x + 22, row + 10, item.name, { size: SMALL }));
    x += w;
  }
  return row + 24;
}

function line(x1: number, y1: number, x2: number, y2: number, stroke: string): string {
  return `<line x1="${n(x1)}" y1="${n(y1)}" x2="${n(x2)}" y2="${n(y2)}" stroke="${stroke}" stroke-width="1"/>`;
}

function text(
  x: number,
  y: number,
  content: string,
  o: { anchor?: 'start' | 'middle' | 'end'; size?: number; weight?: 'bold'; fill?: string } = {},
): string {
  const attrs = [
    `x="${n(x)}"`,
    `y="${n(y)}"`,
    ...(o.anchor && o.anchor !== 'start' ? [`text-anchor="${o.anchor}"`] : []),
    ...(o.size && o.size !== FONT ? [`font-size="${o.size}"`] : []),
    ...(o.weight ? [`font-weight="${o.weight}"`] : []),
    `fill="${o.fill ?? TEXT}"`,
  ];
  return `<text ${attrs.join(' ')}>${escapeXml(content)}</text>`;
}

/** Coordinates with one decimal: the same spec always gives the same bytes. */
function n(x: number): string {
  return String(Math.round(x * 10) / 10);
}

export function escapeXml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
