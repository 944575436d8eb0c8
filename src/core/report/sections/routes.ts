// Section 5: individual educational routes and addressed programs — PK6, PK7, I1, with their mismatches explained.
import { sectionIndicators } from '../../catalogue/indicators';
import { countOf, type ReportContext } from '../context';
import { formatCount, formatNumber, formatShare, TEACHERS, TEACHERS_GENITIVE, verbFor } from '../format';
import { countShareText, indicatorRows, schoolChart } from '../tables';
import { valueText } from '../values';
import type { ReportWriter } from '../writer';

export function routesSection(ctx: ReportContext, w: ReportWriter): void {
  const i1 = ctx.district('I1');
  const pk6 = countOf(ctx.district('PK6'));
  const pk7 = countOf(ctx.district('PK7'));
  const diagnosed = countOf(ctx.district('D1'));
  const total = countOf(ctx.district('K1'));
  if (i1.kind !== 'count' && i1.denominator > 0) {
    const routes = i1.denominator;
    // Bounds that hold whoever the teachers are: more routes than diagnosed teachers means some routes were made
    // without diagnostics; at most I1's numerator of the diagnosed have a route built on it.
    const withoutDiagnostics = routes - diagnosed;
    const diagnosedWithout = diagnosed - i1.numerator;
    const why = [
      ...(withoutDiagnostics > 0
        ? [
            `не менее ${formatNumber(withoutDiagnostics, 0)} маршрутов составлены для педагогов, `
              + 'не проходивших диагностику',
          ]
        : []),
      ...(diagnosedWithout > 0
        ? [
            `не менее ${formatCount(diagnosedWithout, TEACHERS_GENITIVE)}, прошедших диагностику, `
              + 'не имеют маршрута, построенного на её результатах',
          ]
        : []),
    ];
    w.paragraph(
      `Индивидуальные образовательные маршруты (ИОМ) разработаны для ${formatCount(routes, TEACHERS_GENITIVE)} `
        + `(${formatShare(routes, total)} от общего числа), из них на основе диагностики профессиональных дефицитов — `
        + `${formatNumber(i1.numerator, 0)} (${valueText(i1)}), тогда как диагностику прошли `
        + `${formatCount(diagnosed, TEACHERS)}.`
        + (why.length > 0 ? ` Расхождение означает, что ${why.join(', а ')}.` : ''),
    );
  } else {
    w.paragraph('Сведения о разработанных индивидуальных образовательных маршрутах (ИОМ) не представлены.');
  }
  const notFromDiagnostics = pk6 - pk7;
  w.paragraph(
    `Адресными программами повышения квалификации, построенными на выявленных дефицитах, ${verbFor(pk6, 'охвачен', 'охвачены')} `
      + `${formatCount(pk6, TEACHERS)} (${valueText(ctx.district('PK6'))} от общего числа). `
      + `Повышение квалификации по дефицитам, выявленным диагностикой до окончания курса, ${verbFor(pk7, 'прошёл', 'прошли')} `
      + `${formatCount(pk7, TEACHERS)}${diagnosed > 0 ? ` (${countShareText(ctx, 'PK7')})` : ''}`
      + (notFromDiagnostics > 0
        ? `; у остальных ${formatNumber(notFromDiagnostics, 0)} адресный курс не опирается на диагностику, проведённую до его `
          + 'окончания, или это профессиональная переподготовка.'
        : '.'),
  );
  const t = indicatorRows(ctx, sectionIndicators('routes'));
  w.table('Индивидуальные образовательные маршруты и адресные программы', t.header, t.rows, { widths: t.widths });
  if (ctx.submitted.length > 0 && ctx.target('PK6') !== undefined) {
    w.chart(
      schoolChart(ctx, 'PK6', 'Доля педагогов, охваченных адресными программами повышения квалификации, по ОО, %'),
    );
  }
}
