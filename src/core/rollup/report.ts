// The region's analytical report: districts compared, leaders and lagging, recommendations to districts. No names
// of teachers can appear: a roll-up holds only figures, district and school names.
import { BASE_INDICATORS, INDICATORS, type IndicatorDef } from '../catalogue/indicators';
import { REGION_LABELS } from '../catalogue/region';
import {
  academicYear,
  ERRORS,
  formatCount,
  formatDate,
  formatNumber,
  formatPercent,
  periodPhrase,
  SCHOOLS_GENITIVE,
  TEACHERS_GENITIVE,
} from '../report/format';
import type { ChartSpec, ReportCell, ReportDoc } from '../report/model';
import { LOWEST_SHOWN, MAX_SCHOOL_BARS, round1 } from '../report/tables';
import { basisText, valueText, valueWithUnit } from '../report/values';
import { scaled } from '../targets';
import { ReportWriter } from '../report/writer';
import { fromJson, type Summary, type SummaryDistrict } from '../summary';
import { adviceToDistricts, rankings, type Placed } from './ranking';

const DISTRICTS_GENITIVE = [
  'района (муниципалитета)',
  'районов (муниципалитетов)',
  'районов (муниципалитетов)',
] as const;
const KEY = INDICATORS.filter((d) => d.key);
const CHARTED = ['PK3', 'D1'];

type Figures = { indicators: Summary['district']['indicators'] };
const value = (def: IndicatorDef, d: Figures) => fromJson(def.code, d.indicators[def.code]);
const centred = (text: string, extra: Partial<ReportCell> = {}): ReportCell => ({ text, align: 'center', ...extra });
const IN_DISTRICTS = ['районе', 'районах', 'районах'] as const;
const placeText = (p: Placed) => `${p.district.municipality} (${formatPercent(p.value)})`;

function general(region: Summary, districts: readonly SummaryDistrict[], w: ReportWriter): void {
  const registered = districts.reduce((a, d) => a + d.schoolsRegistered, 0);
  const submitted = districts.reduce((a, d) => a + d.schoolsSubmitted, 0);
  const k1 = region.district.indicators.K1;
  const teachers = k1 && 'value' in k1 && !('numerator' in k1) ? k1.value : 0;
  w.paragraph(
    `В сводную вошли данные ${formatCount(districts.length, DISTRICTS_GENITIVE)}: `
      + `${formatCount(submitted, SCHOOLS_GENITIVE)} из ${formatNumber(registered, 0)}, зарегистрированных `
      + `в реестрах районов, сдали данные; учтено ${formatCount(teachers, TEACHERS_GENITIVE)}. `
      + 'Показатели региона рассчитаны как сумма числителей '
      + 'районов, делённая на сумму знаменателей, — так же, как район считает свои показатели по школам.',
  );
  const incomplete = districts.filter((d) => d.schoolsSubmitted < d.schoolsRegistered);
  const withErrors = districts.filter((d) => d.errors > 0);
  if (incomplete.length > 0) {
    w.paragraph(
      `Не все ОО сдали данные в ${formatCount(incomplete.length, IN_DISTRICTS)}: `
        + `${incomplete.map((d) => `${d.municipality} (${d.schoolsSubmitted} из ${d.schoolsRegistered})`).join(', ')}.`,
    );
  }
  if (withErrors.length > 0) {
    const list = withErrors.map((d) => `${d.municipality} — ${formatCount(d.errors, ERRORS)}`).join(', ');
    w.paragraph(
      `Ошибки в данных остались в ${formatCount(withErrors.length, IN_DISTRICTS)}: ${list}. `
        + 'Строки с ошибками не учтены в показателях.',
    );
  }
  const { district, schoolsRegistered, schoolsSubmitted, errors, total } = REGION_LABELS;
  const errorsTotal = districts.reduce((a, d) => a + d.errors, 0);
  w.table(
    'Полнота данных по районам',
    [district, schoolsRegistered, schoolsSubmitted, errors],
    [
      [
        { text: total, bold: true, shade: 'total' },
        ...[registered, submitted, errorsTotal].map((n) => centred(formatNumber(n, 0), { bold: true, shade: 'total' })),
      ],
      ...districts.map((d): ReportCell[] => [
        { text: d.municipality },
        ...[d.schoolsRegistered, d.schoolsSubmitted, d.errors].map((n) => centred(formatNumber(n, 0))),
      ]),
    ],
    { widths: [46, 18, 18, 18] },
  );
}

function regionTable(region: Summary, districts: readonly SummaryDistrict[], w: ReportWriter): void {
  w.paragraph('Значения всех основных показателей региона и их разброс между районами приведены в таблице.');
  const rows = BASE_INDICATORS.map((def): ReportCell[] => {
    const xs = districts.map((d) => scaled(value(def, d))).filter((x): x is number => x !== null);
    const spread =
      def.kind === 'count' || xs.length === 0
        ? ''
        : `${formatPercent(Math.min(...xs))} – ${formatPercent(Math.max(...xs))}`;
    const v = value(def, region.district);
    const name: ReportCell = { text: `${def.name} (${def.code})` };
    return [name, centred(valueWithUnit(def, v)), centred(basisText(def, v)), centred(spread)];
  });
  const header = ['Показатель', 'Значение по региону', 'Расчёт', 'Разброс по районам'];
  w.table('Показатели региона', header, rows, { widths: [46, 16, 18, 20] });
}

function districtChart(region: Summary, districts: readonly SummaryDistrict[], def: IndicatorDef): ChartSpec {
  let bars = districts.map((d) => ({ name: d.municipality, value: round1(scaled(value(def, d))) }));
  let title = `${def.name}, по районам, %`;
  if (bars.length > MAX_SCHOOL_BARS) {
    bars = bars
      .filter((b) => b.value !== null)
      .sort((a, b) => (a.value as number) - (b.value as number))
      .slice(0, LOWEST_SHOWN);
    title = `${def.name}: ${LOWEST_SHOWN} районов с наименьшими значениями, %`;
  }
  const r = round1(scaled(value(def, region.district)));
  return {
    id: `${def.code.toLowerCase()}-by-district`,
    type: 'bar',
    title,
    categories: bars.map((b) => b.name),
    series: [{ name: def.name, values: bars.map((b) => b.value) }],
    unit: '%',
    ...(r !== null ? { target: r } : {}),
  };
}

function comparison(region: Summary, districts: readonly SummaryDistrict[], w: ReportWriter): void {
  w.paragraph(
    'Основные показатели каждого района — в таблице; полные значения всех показателей — '
      + 'на листе «По районам» '
      + 'сводной таблицы региона. Знак «—» означает, что в районе нет педагогов, к которым относится показатель.',
  );
  w.table(
    'Основные показатели по районам',
    [REGION_LABELS.district, ...KEY.map((d) => d.code)],
    [
      [
        { text: REGION_LABELS.total, bold: true, shade: 'total' },
        ...KEY.map((d) => centred(valueText(value(d, region.district)), { bold: true, shade: 'total' })),
      ],
      ...districts.map((dist): ReportCell[] => [
        { text: dist.municipality },
        ...KEY.map((d) => centred(valueText(value(d, dist)))),
      ]),
    ],
    { widths: [100 - KEY.length * 7, ...KEY.map(() => 7)], dense: true },
  );
  const legend = KEY.map((d) => `${d.code} — ${d.name.charAt(0).toLowerCase()}${d.name.slice(1)}`).join('; ');
  w.note(`Обозначения: ${legend}.`);
  for (const code of CHARTED) {
    const def = KEY.find((d) => d.code === code);
    if (def && districts.length > 1) w.chart(districtChart(region, districts, def));
  }
  if (districts.length > 1) w.note('Линия на рисунках — значение показателя по региону.');
}

function leadersSection(region: Summary, w: ReportWriter): void {
  const ranked = rankings(region).filter((r) => r.leaders.length > 0 || r.lagging.length > 0);
  if (ranked.length === 0) {
    w.paragraph(
      'Районов меньше трёх или их значения совпадают со значением региона: '
        + 'выделять лидеров и отстающих не из чего.',
    );
    return;
  }
  w.paragraph(
    'Лидеры — до трёх районов с наибольшими значениями выше значения региона, отстающие — до трёх районов '
      + 'с наименьшими значениями ниже него. Количественные показатели (численность, число педагогов) зависят '
      + 'от размера района и не сравниваются.',
  );
  for (const r of ranked) {
    w.leadIn(`${r.def.name} (${r.def.code}): по региону ${formatPercent(r.region as number)}`);
    w.bullets([
      ...(r.leaders.length > 0 ? [[`лидеры: ${r.leaders.map(placeText).join(', ')}`]] : []),
      ...(r.lagging.length > 0 ? [[`отстающие: ${r.lagging.map(placeText).join(', ')}`]] : []),
    ]);
  }
}

function recommendations(region: Summary, districts: readonly SummaryDistrict[], w: ReportWriter): void {
  const advice = adviceToDistricts(region);
  const incomplete = districts.filter((d) => d.schoolsSubmitted < d.schoolsRegistered);
  if (advice.length === 0 && incomplete.length === 0) {
    w.paragraph('Отстающих районов по основным показателям нет; все ОО сдали данные.');
    return;
  }
  if (advice.length > 0) {
    w.paragraph('Муниципальным органам управления образованием и методическим службам районов рекомендуется:');
  }
  for (const a of advice) {
    w.leadIn(a.district.municipality);
    w.bullets(
      a.items.map((i) => [
        `${i.def.code} — ${formatPercent(i.value)} при ${formatPercent(i.region)} по региону: ${i.measure}.`,
      ]),
    );
  }
  if (incomplete.length > 0) {
    const names = incomplete.map((d) => d.municipality).join(', ');
    w.paragraph(
      `Районам, где не все ОО сдали данные (${names}), — обеспечить сдачу данных `
        + 'всеми организациями реестра и пересобрать сводную района до следующего сбора региона.',
    );
  }
}

function appendix(w: ReportWriter): void {
  w.paragraph(
    'Сводная региона складывается из сводных районов (summary.json), собранных PedMonitor по одному '
      + 'каталогу показателей. Количественный показатель региона — сумма значений районов. Доля — сумма числителей '
      + 'районов, делённая на сумму знаменателей (не среднее долей районов: крупный район весит больше малого). '
      + 'Удовлетворённость слушателей (PK9) — сумма оценок, делённая на число оценок во всех районах. Методика '
      + 'показателей района — в приложении к справке района. Сведения о педагогах и замечания '
      + 'к данным остаются в районах: в сводную региона попадают только числа.',
  );
}

export function buildRegionReport(region: Summary): ReportDoc {
  const districts = region.districts ?? [];
  const w = new ReportWriter();
  const sections: [string, () => void, boolean?][] = [
    ['Общие сведения и полнота данных', () => general(region, districts, w)],
    ['Показатели региона', () => regionTable(region, districts, w)],
    ['Сравнение районов', () => comparison(region, districts, w), true],
    ['Лидеры и отстающие районы', () => leadersSection(region, w)],
    ['Рекомендации районам', () => recommendations(region, districts, w), true],
  ];
  sections.forEach(([title, write, newPage], i) => {
    if (newPage) w.pageBreak();
    w.heading(1, `${i + 1}. ${title}`);
    write();
  });
  w.pageBreak();
  w.heading(1, 'Приложение. Методика сводной региона');
  appendix(w);
  const who = region.municipality.trim();
  const year = academicYear(region.period);
  return {
    title:
      `Аналитическая справка о профессиональном развитии педагогических работников${who ? ` ${who}` : ''} `
      + periodPhrase(region.period),
    subtitle: `По сводным районов за период с ${formatDate(region.period.start)} по ${formatDate(region.period.end)}`,
    fileName: `Аналитическая справка региона ${
      year ? year.replace('/', '-').replace(' учебный год', '') : `${region.period.start}—${region.period.end}`
    }`,
    blocks: w.blocks,
  };
}
