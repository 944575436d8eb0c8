// Charts for the .docx: ChartSpec → SVG (core) → PNG with resvg and the bundled DejaVu fonts, never system fonts.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { CHART_FONT, chartSvg } from '../core/report/chartSvg';
import type { ChartSpec } from '../core/report/model';

/** The fonts chartSvg uses, from the dejavu-fonts-ttf package: the same pixels on every machine. */
const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'];

function fontFiles(): string[] {
  const require = createRequire(__filename);
  const dir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  return FONT_FILES.map((f) => join(dir, f));
}

export interface ChartPicture {
  png: Uint8Array;
  /** Size in px at 96 dpi, the size the picture takes on the page. */
  width: number;
  height: number;
}

/** Renders at `scale` × the page size so the picture stays sharp when printed. */
export function chartPng(spec: ChartSpec, width: number, scale = 2): ChartPicture {
  const svg = chartSvg(spec, { width });
  const resvg = new Resvg(svg, {
    font: { fontFiles: fontFiles(), loadSystemFonts: false, defaultFontFamily: CHART_FONT },
    fitTo: { mode: 'zoom', value: scale },
    background: '#FFFFFF',
  });
  const image = resvg.render();
  return { png: new Uint8Array(image.asPng()), width, height: Math.round(image.height / scale) };
}
