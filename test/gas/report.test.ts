// «Сформировать отчёт»: a Google Doc drawn from the same ReportDoc as the .docx, saved in the user's Drive.
import { buildInMemory } from '../support/run';
import { buildDocuments } from '../../src/core/report/documents';
import { generateDistrict, SAMPLE_OPTIONS } from '../../tools/sample/district';
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
  const all = buildDocuments(buildInMemory(generateDistrict(SAMPLE_OPTIONS).district, TODAY));
  const expected = all.report;
  let outcome: ReturnType<typeof runJob>;
  let url: string | null;
  beforeAll(() => {
    const addon = loadAddon(d.google, code);
    outcome = runJob(addon, 'report');
    url = outcome.reportUrl;
  });
  const doc = () => d.google.docs[0];

  test('three Docs — справка, рекомендации ОО, проект приказа — named to sort beside each other; links returned', () => {
    expect(d.google.docs.map((x) => x.name)).toEqual([all.report.fileName, all.letter.fileName, all.order.fileName]);
    expect(d.google.docs.map((x) => x.name)).toEqual([
      'Мониторинг 2020-2021 — 1. Аналитическая справка',
      'Мониторинг 2020-2021 — 2. Адресные рекомендации ОО',
      'Мониторинг 2020-2021 — 3. Проект приказа',
    ]);
    expect(url).toBe(doc().url);
    expect(outcome.documentUrls).toEqual({
      report: d.google.docs[0].url,
      letter: d.google.docs[1].url,
      order: d.google.docs[2].url,
    });
    expect(d.google.docs.every((x) => x.saved)).toBe(true);
  });

  test('the letter and the order carry the letterhead and the signature too', () => {
    for (const x of d.google.docs.slice(1)) {
      expect(x.body.text()).toContain('ОТДЕЛ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ КУЗНЕЦКОГО РАЙОНА');
      expect(x.body.text()).toContain('Н.В. Орлова');
    }
    expect(d.google.docs[2].body.text()).toContain('ПРИКАЗЫВАЮ:');
    // The draft's mark comes first, above the letterhead, not under the title.
    expect(d.google.docs[2].body.text().trimStart().startsWith('Проект\n')).toBe(true);
  });

  test('headings and tables follow the report model, one appendTable per table', () => {
    const children = doc().body.children;
    const headings = children
      .filter((c): c is FakeParagraph => c instanceof FakeParagraph && c.heading.startsWith('HEADING'))
      .map((p) => p.text);
    expect(headings).toEqual(
      [...expected.blocks, ...(expected.appendix ?? [])].flatMap((b) => (b.kind === 'heading' ? [b.text] : [])),
    );
    // The letterhead and the signature are borderless layout tables, not the report's tables.
    const tables = children.filter((c): c is FakeTable => c instanceof FakeTable && c.borderWidth !== 0);
    const modelTables = [...expected.blocks, ...(expected.appendix ?? [])].flatMap((b) =>
      b.kind === 'table' ? [b] : [],
    );
    expect(tables.map((t) => t.texts()[0])).toEqual(modelTables.map((t) => t.header));
    expect(tables.map((t) => t.rows.length)).toEqual(modelTables.map((t) => t.rows.length + 1));
    // Beside the справка's tables: its letterhead and signature, the letter's two, the order's signature.
    expect(d.google.recorder.count((c) => c.method === 'appendTable')).toBe(modelTables.length + 2 + 2 + 1);
    expect(modelTables.filter((t) => t.widths).length).toBeGreaterThan(0);
    tables.forEach((t, i) => {
      const w = modelTables[i].widths;
      if (w)
        expect([...t.widths.values()].map((x) => x / t.widths.get(0)!)).toEqual(
          w.map((x) => expect.closeTo(x / w[0], 1)),
        );
    });
  });

  test('every chart is an image drawn from an embedded chart; the temporary sheet is gone', () => {
    const images = doc().body.children.flatMap((c) => (c instanceof FakeParagraph ? c.images : []));
    const charts = expected.blocks.filter((b) => b.kind === 'chart');
    expect(images).toHaveLength(charts.length);
    expect(images.every((i) => i.blob.contentType === 'image/png')).toBe(true);
    expect(images.map((i) => i.blob.name)).toEqual(
      charts.map((c) => (c.kind === 'chart' ? expect.stringContaining(c.chart.title) : '')),
    );
    expect(d.google.active.getSheetByName(CHART_SHEET)).toBeNull();
  });

  test('the Doc names no teacher', () => {
    const text = doc().body.text();
    const teachers = generateDistrict(SAMPLE_OPTIONS)
      .district.filter((s) => s.name.endsWith('Педагоги'))
      .flatMap((s) => s.values.slice(1).map((r) => String(r[0] ?? '')));
    const named = teachers.filter((t) => t.length > 5 && text.includes(t));
    expect(named).toEqual([]);
  });
});
