// Section 5: individual educational routes and addressed programs — PK6, PK7, I1.
import { sectionIndicators } from '../../catalogue/indicators';
import { countOf, type ReportContext } from '../context';
import { formatCount, formatNumber, TEACHERS, TEACHERS_GENITIVE, verbFor } from '../format';
import { indicatorRows, schoolChart } from '../tables';
import { valueText } from '../values';
import type { ReportWriter } from '../writer';

export function routesSection(ctx: ReportContext, w: ReportWriter): void {
  const i1 = ctx.district('I1');
  const pk6 = ctx.district('PK6');
  const pk7 = ctx.district('PK7');
  w.paragraph(
    (i1.kind !== 'count' && i1.denominator > 0
      ? `Индивидуальные образовательные маршруты (ИОМ) разработаны для ${formatCount(i1.denominator, TEACHERS_GENITIVE)}, `
        + `из них на основе диагностики профессиональных дефицитов — ${formatNumber(i1.numerator, 0)} (${valueText(i1)}). `
      : 'Сведения о разработанных индивидуальных образовательных маршрутах (ИОМ) не представлены. ')
    + `Адресными программами повышения квалификации, построенными на выявленных дефицитах, ${verbFor(countOf(pk6), 'охвачен', 'охвачены')} ${formatCount(countOf(pk6), TEACHERS)} (${valueText(pk6)} от общего числа). `
    + `Повышение квалификации, направленное на устранение дефицитов, выявленных в ходе диагностики, ${verbFor(countOf(pk7), 'прошёл', 'прошли')} ${formatCount(countOf(pk7), TEACHERS)}.`,
  );
  const t = indicatorRows(ctx, sectionIndicators('routes'));
  w.table('Индивидуальные образовательные маршруты и адресные программы', t.header, t.rows, { widths: t.widths });
  if (ctx.submitted.length > 0 && ctx.target('PK6') !== undefined) w.chart(schoolChart(ctx, 'PK6', 'Доля педагогов, охваченных адресными программами повышения квалификации, по ОО, %'));
}
