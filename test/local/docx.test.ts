import JSZip from 'jszip';
import { buildReport } from '../../src/core/report/analyticalReport';
import type { ReportDoc } from '../../src/core/report/model';
import { chartPng } from '../../src/local/chartPng';
import { renderDocx } from '../../src/local/docx';
import { run } from '../support/run';
import { districtSheets, SCHOOL_3, TEACHER_NAMES } from '../core/report/fixture';

const NB = '\u00a0';
const doc: ReportDoc = buildReport(run(districtSheets()).result);
/** The body and the appendices after the signature: everything the renderer draws from blocks. */
const blocks = [...doc.blocks, ...(doc.appendix ?? [])];
let bytes: Uint8Array;
let zip: JSZip;
let documentXml: string;

beforeAll(async () => {
  bytes = await renderDocx(doc);
  zip = await JSZip.loadAsync(bytes);
  documentXml = await zip.file('word/document.xml')!.async('string');
}, 30000);

const count = (xml: string, re: RegExp) => (xml.match(re) ?? []).length;
/** The visible text of document.xml, runs joined. */
const visible = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

describe('report.docx', () => {
  test('сначала бланк: орган, «от … № …», адресат; затем заголовок справки', () => {
    const text = visible(documentXml);
    const head = doc.head!;
    expect(text.startsWith(head.issuer.join(''))).toBe(true);
    expect(text.indexOf(head.reference)).toBeLessThan(text.indexOf(doc.title));
    expect(text.indexOf(head.addressee!.join(''))).toBeLessThan(text.indexOf(doc.title));
  });
  test('после текста — подпись (должность и имя) и «Исп.» мелким шрифтом, затем приложение', () => {
    const text = visible(documentXml);
    const s = doc.signature!;
    const at = text.indexOf(`${s.position}${s.name}${s.executor.join('')}`);
    expect(at).toBeGreaterThan(0);
    expect(text.indexOf('Приложение')).toBeGreaterThan(at);
  });
  test('таблицы — настоящие таблицы Word, шапка повторяется на каждой странице; бланк и подпись — без рамок', () => {
    const tables = blocks.filter((b) => b.kind === 'table').length;
    expect(count(documentXml, /<w:tbl>/g)).toBe(tables + 2);
    expect(count(documentXml, /<w:tblHeader\/>/g)).toBe(tables);
  });
  test('диаграммы — PNG-рисунки в word/media, по одному на диаграмму', async () => {
    const media = Object.keys(zip.files).filter((f) => f.startsWith('word/media/'));
    expect(media).toHaveLength(blocks.filter((b) => b.kind === 'chart').length);
    const png = await zip.file(media[0])!.async('uint8array');
    expect([...png.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(count(documentXml, /<pic:pic /g)).toBe(media.length);
  });
  test('числа по-русски: «62,5 %», «5 из 8»', () => {
    expect(visible(documentXml)).toContain(`62,5${NB}%`);
    expect(visible(documentXml)).toContain('5 из 8');
  });
  test('ячейки ниже цели залиты бледно-красным, шапка — голубым', () => {
    expect(documentXml).toMatch(/<w:shd [^>]*w:fill="F4CCCC"/);
    expect(documentXml).toMatch(/<w:shd [^>]*w:fill="D9E1F2"/);
  });
  test('А4, поля 30/15/20/20 мм, Times New Roman 14 пт', async () => {
    expect(documentXml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(documentXml).toMatch(/<w:pgMar [^>]*w:left="1701"/);
    const styles = await zip.file('word/styles.xml')!.async('string');
    expect(styles).toMatch(/<w:docDefaults>.*w:ascii="Times New Roman".*<w:sz w:val="28"\/>/s);
  });
  test('номера страниц в нижнем колонтитуле', async () => {
    const footer = Object.keys(zip.files).find((f) => /^word\/footer\d*\.xml$/.test(f))!;
    expect(await zip.file(footer)!.async('string')).toContain('PAGE');
  });
  test('разрывы страниц перед таблицей по ОО, выводами и приложением', () => {
    expect(count(documentXml, /<w:br w:type="page"\/>/g)).toBe(blocks.filter((b) => b.kind === 'pageBreak').length);
  });
  test('маркированные списки — список Word, а не текст с дефисами', () => {
    expect(count(documentXml, /<w:numPr>/g)).toBe(
      blocks.filter((b) => b.kind === 'bullets').reduce((n, b) => n + (b.kind === 'bullets' ? b.items.length : 0), 0),
    );
  });
  test('название ОО, начинающееся с «=», — обычный текст, не поле', () => {
    expect(visible(documentXml)).toContain(SCHOOL_3);
    expect(documentXml).not.toContain('<w:fldSimple');
  });
  test('ни одного ФИО педагога', () => {
    for (const name of TEACHER_NAMES) expect(documentXml).not.toContain(name.split(' ')[0]);
  });
  test('одинаковая справка — одинаковые байты (даты документа и архива фиксированы)', async () => {
    const again = await renderDocx(doc);
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
    const core = await zip.file('docProps/core.xml')!.async('string');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2000-01-01T00:00:00Z</dcterms:created>');
  }, 30000);
});

test('диаграмма для .docx: PNG вдвое плотнее размера на странице', () => {
  const picture = chartPng(
    {
      id: 'x',
      type: 'bar',
      title: 'Доля',
      categories: ['МБОУ СОШ №1', 'МБОУ СОШ №2'],
      series: [{ name: 'PK1', values: [24.9, null] }],
      unit: '%',
    },
    600,
  );
  expect(picture.width).toBe(600);
  const view = new DataView(picture.png.buffer, picture.png.byteOffset);
  expect(view.getUint32(16)).toBe(1200);
  expect(view.getUint32(20)).toBe(picture.height * 2);
});

test('текст из таблиц ОО с < & " — экранируется, документ остаётся корректным', async () => {
  const name = 'МБОУ "СОШ №3" <корпус 2> & филиал';
  const small: ReportDoc = {
    title: 'Аналитическая справка',
    fileName: 'x',
    blocks: [
      { kind: 'paragraph', runs: [name] },
      {
        kind: 'table',
        caption: 'Таблица 1 — ОО',
        header: ['ОО', 'PK1'],
        rows: [[{ text: name }, { text: `24,9${NB}%` }]],
      },
    ],
  };
  const z = await JSZip.loadAsync(await renderDocx(small));
  const xml = await z.file('word/document.xml')!.async('string');
  expect(xml).toContain('МБОУ &quot;СОШ №3&quot; &lt;корпус 2&gt; &amp; филиал');
  expect(visible(xml).split('МБОУ').length - 1).toBe(2);
});
