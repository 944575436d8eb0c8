// Report charts as PNG images: each ChartSpec drawn as an embedded chart on a temporary sheet, then removed.
import { editedThroughSpreadsheetApp } from './flush';
import type { ChartSpec } from '../core/report/model';
import { asText } from './values';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const CHART_SHEET = 'PedMonitor — диаграммы';
const WIDTH = 720;
const ROW_HEIGHT = 28;

/** The chart's data block: a header row of series names, then one row per category. */
export function chartTable(spec: ChartSpec): (string | number)[][] {
  return [
    [asText('Показатель'), ...spec.series.map((s) => asText(s.name))],
    ...spec.categories.map((c, i) => [asText(c), ...spec.series.map((s) => s.values[i] ?? '')]),
  ];
}

function title(spec: ChartSpec): string {
  return spec.target === undefined
    ? `${spec.title}, ${spec.unit}`
    : `${spec.title}, ${spec.unit} (цель — ${String(spec.target).replace('.', ',')})`;
}

/** Draws every chart once; the temporary sheet is deleted even when a chart fails. */
export function chartImages(ss: Spreadsheet, specs: readonly ChartSpec[]): Map<string, GoogleAppsScript.Base.Blob> {
  const images = new Map<string, GoogleAppsScript.Base.Blob>();
  if (specs.length === 0) return images;
  const old = ss.getSheetByName(CHART_SHEET);
  if (old) ss.deleteSheet(old);
  const sheet = ss.insertSheet(CHART_SHEET);
  editedThroughSpreadsheetApp();
  try {
    // All data first and one flush, so that every chart is drawn from values already in the sheet.
    let row = 1;
    const placed = specs.map((spec) => {
      const data = chartTable(spec);
      const range = sheet.getRange(row, 1, data.length, data[0].length);
      range.setValues(data);
      const at = row;
      row += data.length + 1;
      return { spec, range, at };
    });
    SpreadsheetApp.flush();
    for (const { spec, range, at } of placed) {
      const height = Math.max(240, 60 + spec.categories.length * ROW_HEIGHT);
      const builder = spec.type === 'bar' ? sheet.newChart().asBarChart() : sheet.newChart().asColumnChart();
      const chart = builder
        .addRange(range)
        .setNumHeaders(1)
        .setOption('title', title(spec))
        .setPosition(at, 1, 0, 0)
        .setOption('width', WIDTH)
        .setOption('height', height)
        .setOption('legend', { position: spec.series.length > 1 ? 'top' : 'none' })
        .build();
      sheet.insertChart(chart);
      images.set(spec.id, chart.getAs('image/png'));
    }
  } finally {
    ss.deleteSheet(sheet);
  }
  return images;
}
