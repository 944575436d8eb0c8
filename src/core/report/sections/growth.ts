// The report's section on what issue 10 added: deficits overcome, topics, requests, leavers, attestations, students'
// results, the district's own methodological work and the breakdown by kind of ОО — tables built from the catalogue.
import { GROWTH_INDICATORS } from '../../catalogue/indicatorsGrowth';
import { DISTRICT_INDICATORS } from '../../catalogue/indicatorsDistrict';
import type { SchoolResult } from '../../districtResult';
import { countOf, type ReportContext } from '../context';
import { formatCount, quotedList } from '../format';
import { indicatorRows } from '../tables';
import { scaled } from '../../targets';
import { valueText } from '../values';
import type { ReportWriter } from '../writer';

/** The columns of the by-kind table: staff, PD in the period, valid PD, diagnostics. */
export const KIND_CODES = ['K1', 'PK1', 'PK3', 'D1'] as const;
const SCHOOLS = ['ОО', 'ОО', 'ОО'] as const;

/** ОО the registry marks for weak or biased results, those with the least valid PD (PK3) first. */
export function weakSchools(ctx: ReportContext): SchoolResult[] {
  const flagged = ctx.submitted.filter(
    (s) => s.school.results?.lowResults === true || s.school.results?.biased === true,
  );
  const pk3 = (s: SchoolResult) => scaled(s.indicators.PK3) ?? Number.POSITIVE_INFINITY;
  return flagged.sort((a, b) => pk3(a) - pk3(b));
}

export function growthSection(ctx: ReportContext, w: ReportWriter): void {
  const own = indicatorRows(
    ctx,
    GROWTH_INDICATORS.map((d) => d.code),
  );
  w.paragraph(
    'Показатели преодоления профессиональных дефицитов, эффекта повышения квалификации, тематики курсов, запросов '
      + 'педагогов, закрепления молодых педагогов, аттестации и результатов обучающихся считаются по необязательным '
      + 'столбцам листов ОО и реестра: где они не заполнены, значение — «—» или 0.',
  );
  w.table('Преодоление дефицитов, тематика и запросы, кадры и результаты обучающихся', own.header, own.rows, {
    widths: own.widths,
  });

  const weak = weakSchools(ctx);
  if (weak.length > 0) {
    const list = weak.map(
      (s) =>
        `${s.school.name} (действующая ПК — ${valueText(s.indicators.PK3)}, диагностика — ${valueText(s.indicators.D1)})`,
    );
    w.paragraph(
      `ОО с низкими результатами обучающихся или признаками необъективности — ${formatCount(weak.length, SCHOOLS)}; `
        + `в первую очередь методическая поддержка и адресное повышение квалификации нужны тем, у кого меньше педагогов `
        + `с действующей ПК: ${list.join('; ')}.`,
    );
  }

  const items = DISTRICT_INDICATORS.filter((d) => d.kind === 'count').reduce(
    (n, d) => n + countOf(ctx.district(d.code)),
    0,
  );
  if (items === 0) {
    // A signed справка states what is known, not which sheet was left empty.
    w.paragraph(
      'Сведения о методической работе района (методические объединения и сообщества, районные мероприятия, '
        + 'методические письма, методдесанты, программы) в мониторинг не внесены.',
    );
  } else {
    const district = indicatorRows(
      ctx,
      DISTRICT_INDICATORS.map((d) => d.code),
    );
    w.table('Методическая работа района', district.header, district.rows, { widths: district.widths });
  }

  const kinds = ctx.result.byKind;
  if (kinds.length > 1) {
    const header = ['Вид ОО', 'ОО: сдали / всего', ...KIND_CODES];
    const rows = kinds.map((k) => [
      { text: k.group },
      { text: `${k.submitted} / ${k.schools}`, align: 'center' as const },
      ...KIND_CODES.map((code) => ({ text: valueText(k.indicators[code]), align: 'center' as const })),
    ]);
    w.paragraph(
      `По видам ОО (${quotedList(
        kinds.map((k) => k.group),
        'и',
      )}) показатели — сумма числителей и знаменателей ОО этого вида.`,
    );
    w.table('Показатели по видам образовательных организаций', header, rows, { widths: [28, 16, 14, 14, 14, 14] });
  }
}
