// «Сформировать отчёт»: a Google Doc drawn from the same ReportDoc as the .docx, saved in the user's Drive.
import { buildInMemory } from '../support/run';
import { buildReport } from '../../src/core/report/build';
import { generateDistrict, SAMPLE_OPTIONS } from '../../src/sample/district';
import { CHART_SHEET } from '../../src/gas/charts';
import { FakeParagraph, FakeTable } from './fakes/document';
import { buildDist, loadAddon, readCode, runJob } from './harness';
import { sharedDistrict, TODAY } from './sampleWorkbook';

let code: string;
beforeAll(() => {
  code = readCode(buildDist());
});

describe('the report of the sample district', () => {
  const d = sharedDistrict(SAMPLE_OPTIONS);
  const expected = buildReport(buildInMemory(generateDistrict(SAMPLE_OPTIONS).district, TODAY));
  let url: string | null;
  beforeAll(() => {
    const addon = loadAddon(d.google, code);
    url = runJob(addon, 'report').reportUrl;
  });
  const doc = () => d.google.docs[0];

  test('one Doc is created and its link returned', () => {
    expect(d.google.docs).toHaveLength(1);
    expect(url).toBe(doc().url);
    expect(doc().saved).toBe(true);
    expect(doc().name).toBe(expected.fileName);
  });

  test('headings and tables follow the report model, one appendTable per table', () => {
    const children = doc().body.children;
    const headings = children.filter((c): c is FakeParagraph => c instanceof FakeParagraph && c.heading.startsWith('HEADING')).map((p) => p.text);
    expect(headings).toEqual([...expected.blocks, ...(expected.appendix ?? [])].flatMap((b) => (b.kind === 'heading' ? [b.text] : [])));
    // The letterhead and the signature are borderless layout tables, not the report's tables.
    const tables = children.filter((c): c is FakeTable => c instanceof FakeTable && c.borderWidth !== 0);
    const modelTables = [...expected.blocks, ...(expected.appendix ?? [])].flatMap((b) => (b.kind === 'table' ? [b] : []));
    expect(tables.map((t) => t.texts()[0])).toEqual(modelTables.map((t) => t.header));
    expect(tables.map((t) => t.rows.length)).toEqual(modelTables.map((t) => t.rows.length + 1));
    expect(d.google.recorder.count((c) => c.method === 'appendTable')).toBe(modelTables.length + 2);
    expect(modelTables.filter((t) => t.widths).length).toBeGreaterThan(0);
    tables.forEach((t, i) => {
      const w = modelTables[i].widths;
      if (w) expect([...t.widths.values()].map((x) => x / t.widths.get(0)!)).toEqual(w.map((x) => expect.closeTo(x / w[0], 1)));
    });
  });

  test('every chart is an image drawn from an embedded chart; the temporary sheet is gone', () => {
    const images = doc().body.children.flatMap((c) => (c instanceof FakeParagraph ? c.images : []));
    const charts = expected.blocks.filter((b) => b.kind === 'chart');
    expect(images).toHaveLength(charts.length);
    expect(images.every((i) => i.blob.contentType === 'image/png')).toBe(true);
    expect(images.map((i) => i.blob.name)).toEqual(charts.map((c) => (c.kind === 'chart' ? expect.stringContaining(c.chart.title) : '')));
    expect(d.google.active.getSheetByName(CHART_SHEET)).toBeNull();
  });

  test('the Doc names no teacher', () => {
    const text = doc().body.text();
    const teachers = generateDistrict(SAMPLE_OPTIONS).district.filter((s) => s.name.endsWith('Педагоги')).flatMap((s) => s.values.slice(1).map((r) => String(r[0] ?? '')));
    const named = teachers.filter((t) => t.length > 5 && text.includes(t));
    expect(named).toEqual([]);
  });
});
