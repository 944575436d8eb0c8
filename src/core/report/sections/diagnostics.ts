// Section 4: diagnostics of professional deficits — D1 for the district and by subject, D2 by deficit type.
import { DEFICIT_INDICATORS, sectionIndicators, SUBJECT_INDICATORS } from '../../catalogue/indicators';
import { DEFICIT_TYPES, SUBJECTS } from '../../catalogue/lists';
import { MIN_RANKED_GROUP } from '../../catalogue/rules';
import { termFor } from '../../catalogue/terms';
import { countOf, type ReportContext } from '../context';
import { verbFor, formatCount, formatNumber, formatShare, NBSP, TEACHERS } from '../format';
import type { ReportCell } from '../model';
import { indicatorRows, round1, schoolChart } from '../tables';
import { isBelowTarget, scaled } from '../../targets';
import { basisText, valueText } from '../values';
import type { ReportWriter } from '../writer';

export function diagnosticsSection(ctx: ReportContext, w: ReportWriter): void {
  const d1 = ctx.district('D1');
  w.paragraph(
    `Диагностику профессиональных дефицитов в течение последних трёх лет ${verbFor(countOf(d1), 'прошёл', 'прошли')} ${formatCount(countOf(d1), TEACHERS)}, `
      + `что составляет ${valueText(d1)} от общего числа педагогических работников. `
      + `Результаты диагностики — основа для адресного повышения квалификации и индивидуальных образовательных маршрутов.`,
  );
  const t = indicatorRows(ctx, sectionIndicators('diagnostics'));
  w.table('Диагностика профессиональных дефицитов', t.header, t.rows, { widths: t.widths });
  if (ctx.submitted.length > 0)
    w.chart(schoolChart(ctx, 'D1', 'Доля педагогов, прошедших диагностику профессиональных дефицитов, по ОО, %'));

  // By subject: only subjects someone teaches; a teacher counts in each of his subjects.
  const end = ctx.settings.period.end;
  const subjects = SUBJECTS.map((subject, i) => ({
    subject: termFor(subject, end),
    def: SUBJECT_INDICATORS[i],
    v: ctx.district(SUBJECT_INDICATORS[i].code),
  })).filter((x) => x.v.kind !== 'count' && x.v.denominator > 0);
  if (subjects.length === 0) {
    w.paragraph(
      'Сведения о преподаваемых предметах не представлены, поэтому охват диагностикой в разрезе предметов не рассчитан.',
    );
  } else {
    // Only groups of MIN_RANKED_GROUP teachers or more are ranked: 4 of 5 is one teacher, not a finding.
    const size = (x: (typeof subjects)[number]) => (x.v.kind === 'count' ? 0 : x.v.denominator);
    const ranked = subjects
      .filter((x) => size(x) >= MIN_RANKED_GROUP)
      .sort((a, b) => (scaled(a.v) ?? 0) - (scaled(b.v) ?? 0));
    const named = (x: (typeof ranked)[number]) => `«${x.subject}» (${valueText(x.v)}, ${basisText(x.def, x.v)})`;
    const small = subjects.length - ranked.length;
    // Ties share the place: «наибольший — «Математика» (50 %), «Химия» (50 %)», never one of them picked at random.
    const top = ranked.length > 0 ? ranked[ranked.length - 1].v.value : null;
    const highest = ranked.filter((x) => x.v.value === top);
    const lowest = ranked.filter((x) => x.v.value !== top).slice(0, 3);
    w.paragraph(
      (lowest.length === 0
        ? `Предметов, которые преподают не менее ${MIN_RANKED_GROUP} педагогов, для сравнения охвата недостаточно. `
        : `Среди предметов, которые преподают не менее ${MIN_RANKED_GROUP} педагогов, наибольший охват диагностикой — `
          + `${highest.map(named).join(', ')}, наименьший — ${lowest.map(named).join(', ')}. `)
        + (small > 0
          ? `По ${formatNumber(small, 0)} предметам, которые преподают меньше ${MIN_RANKED_GROUP} педагогов, доли `
            + 'не сравниваются: там один педагог меняет долю на 10 п.п. и больше. '
          : '')
        + 'Педагог, преподающий несколько предметов, учитывается по каждому из них.',
    );
    const rows: ReportCell[][] = subjects.map((x) => {
      const v = x.v as Extract<typeof x.v, { denominator: number }>;
      const target = ctx.target(x.def.code);
      const below = isBelowTarget(scaled(v), target);
      return [
        { text: x.subject },
        { text: formatNumber(v.denominator, 0), align: 'center' },
        { text: formatNumber(v.numerator, 0), align: 'center' },
        {
          text: formatShare(v.numerator, v.denominator),
          align: 'center',
          ...(below ? { shade: 'below-target' as const } : {}),
        },
      ];
    });
    w.table(
      'Охват диагностикой профессиональных дефицитов по учебным предметам',
      ['Учебный предмет', 'Педагогов', 'Прошли диагностику', 'Доля'],
      rows,
      { widths: [46, 18, 18, 18] },
    );
    w.chart({
      id: 'd1-by-subject',
      type: 'bar',
      title: 'Доля педагогов, прошедших диагностику, по учебным предметам, %',
      categories: subjects.map((x) => x.subject),
      series: [{ name: 'Прошли диагностику', values: subjects.map((x) => round1(scaled(x.v))) }],
      unit: '%',
    });
  }

  const deficits = DEFICIT_TYPES.map((deficit, i) => ({
    deficit,
    n: countOf(ctx.district(DEFICIT_INDICATORS[i].code)),
  }));
  const diagnosed = countOf(d1);
  const named = deficits.filter((x) => x.n > 0).sort((a, b) => b.n - a.n);
  if (named.length === 0) {
    w.paragraph('Профессиональные дефициты по итогам диагностики не указаны.');
    return;
  }
  w.paragraph(
    `По итогам диагностики чаще всего выявляются дефициты (доля — от прошедших диагностику): `
      + `${named.map((x) => `${x.deficit} — ${formatNumber(x.n, 0)}${NBSP}чел. (${formatShare(x.n, diagnosed)})`).join(', ')}. `
      + 'У одного педагога может быть выявлено несколько дефицитов.',
  );
  w.chart({
    id: 'd2-deficits',
    type: 'bar',
    title: 'Выявленные профессиональные дефициты, чел.',
    categories: deficits.map((x) => x.deficit),
    series: [{ name: 'Педагогов', values: deficits.map((x) => x.n) }],
    unit: 'чел.',
  });
}
