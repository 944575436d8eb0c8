import { axisMax, chartSvg } from '../../../src/core/report/chartSvg';
import type { ChartSpec } from '../../../src/core/report/model';
import { textWidth } from '../../../src/core/report/textMetrics';

const NB = '\u00a0';
const spec: ChartSpec = {
  id: 'pk3-by-school',
  type: 'bar',
  title: 'Доля педагогов с действующим повышением квалификации, по ОО, %',
  categories: [
    'МБОУ СОШ №1 г. Кузнецка',
    'МБОУ гимназия №2',
    'МБДОУ детский сад «Солнышко» с. Махалино Кузнецкого района Пензенской области',
    'МБОУ ООШ с. Анненково',
  ],
  series: [{ name: 'PK3', values: [75, 100, 62.5, null] }],
  unit: '%',
  target: 90,
};

/** Every tag closes in order, attributes are quoted: enough to know an XML parser will take it. */
function wellFormed(xml: string): boolean {
  const stack: string[] = [];
  const tag = /<(\/?)([a-zA-Z]+)((?:\s+[a-zA-Z0-9:-]+="[^"<>]*")*)\s*(\/?)>/g;
  let last = 0;
  for (let m = tag.exec(xml); m; m = tag.exec(xml)) {
    if (/[<>]/.test(xml.slice(last, m.index))) return false;
    last = tag.lastIndex;
    const [, closing, name, , selfClosing] = m;
    if (selfClosing) continue;
    if (closing) {
      if (stack.pop() !== name) return false;
    } else stack.push(name);
  }
  return stack.length === 0 && !/[<>]/.test(xml.slice(last));
}
const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

describe('SVG диаграммы', () => {
  test('корректный XML с корнем svg и шрифтом DejaVu Sans', () => {
    expect(wellFormed('<svg><text>a</svg>')).toBe(false); // the checker itself can fail
    const svg = chartSvg(spec);
    expect(wellFormed(svg)).toBe(true);
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="640" height="\d+(\.\d)?" viewBox="0 0 640 [\d.]+" font-family="DejaVu Sans"/,
    );
  });
  test('одна полоса на каждую категорию со значением; без данных — «—» и без полосы', () => {
    const svg = chartSvg(spec);
    expect(svg.match(/<rect class="bar"/g)).toHaveLength(3);
    expect(texts(svg)).toEqual(expect.arrayContaining([`75${NB}%`, `100${NB}%`, `62,5${NB}%`, '—']));
  });
  test('столбчатая: тоже по столбцу на категорию', () => {
    const svg = chartSvg({ ...spec, type: 'column' });
    expect(wellFormed(svg)).toBe(true);
    expect(svg.match(/<rect class="bar"/g)).toHaveLength(3);
  });
  test('две серии — две полосы на категорию и легенда с их названиями', () => {
    const svg = chartSvg({
      ...spec,
      target: undefined,
      series: [
        { name: '2019/2020', values: [50, 60, 70, 80] },
        { name: '2020/2021', values: [75, 100, 62.5, 90] },
      ],
    });
    expect(svg.match(/<rect class="bar"/g)).toHaveLength(8);
    expect(texts(svg)).toEqual(expect.arrayContaining(['2019/2020', '2020/2021']));
  });
  test('линия цели с подписью; полосы ниже цели — другого цвета', () => {
    const svg = chartSvg(spec);
    expect(texts(svg)).toContain(`Цель: 90${NB}%`);
    expect(svg).toContain('stroke-dasharray');
    const fills = [...svg.matchAll(/<rect class="bar"[^>]*fill="([^"]+)"/g)].map((m) => m[1]);
    expect(fills[0]).toBe(fills[2]);
    expect(fills[0]).not.toBe(fills[1]);
  });
  test('подписи оси — проценты по-русски от 0 до 100', () => {
    expect(texts(chartSvg(spec))).toEqual(expect.arrayContaining([`0${NB}%`, `20${NB}%`, `100${NB}%`]));
  });
  test('длинное название переносится не более чем на 2 строки и обрезается «…»', () => {
    const lines = texts(chartSvg(spec)).filter((t) => t.startsWith('МБДОУ') || /Махалино|области|…$/.test(t));
    expect(lines.length).toBeLessThanOrEqual(2);
    expect(lines[lines.length - 1].endsWith('…')).toBe(true);
    for (const l of lines) expect(textWidth(l, 12)).toBeLessThanOrEqual(640 * 0.4 + 0.01);
  });
  test('текст экранируется', () => {
    const svg = chartSvg({ ...spec, categories: ['<ОО & «Ко»>', ...spec.categories.slice(1)] });
    expect(svg).toContain('&lt;ОО &amp; «Ко»&gt;');
    expect(wellFormed(svg)).toBe(true);
  });
  test('одинаковые данные — одинаковые байты', () => {
    expect(chartSvg(spec)).toBe(chartSvg(JSON.parse(JSON.stringify(spec))));
  });
  test('ось для людей — круглое число не меньше максимума', () => {
    expect(axisMax({ ...spec, unit: 'чел.', target: undefined, series: [{ name: 'x', values: [3, 17, 9] }] })).toBe(20);
    expect(axisMax({ ...spec, unit: 'чел.', target: undefined, series: [{ name: 'x', values: [0, 0] }] })).toBe(1);
  });
  test('заголовок — по запросу', () => {
    expect(texts(chartSvg(spec)).join(' ')).not.toContain('Доля педагогов');
    expect(texts(chartSvg(spec, { withTitle: true })).join(' ')).toContain('Доля педагогов с действующим');
  });
});
