// Section 6: mentoring and young teachers — K2, M1, M2, E5.
import { sectionIndicators } from '../../catalogue/indicators';
import { countOf, type ReportContext } from '../context';
import { formatCount, formatNumber, TEACHERS, verbFor } from '../format';
import { countShareText, indicatorRows } from '../tables';
import { valueText } from '../values';
import type { ReportWriter } from '../writer';

export function mentoringSection(ctx: ReportContext, w: ReportWriter): void {
  const k2 = ctx.district('K2');
  const m1 = ctx.district('M1');
  const young = countOf(k2);
  w.paragraph(
    (young > 0
      ? `Молодых педагогов в образовательных организациях — ${formatNumber(young, 0)} (${valueText(k2)} от общего числа педагогических работников). `
        + `Наставничеством ${verbFor(countOf(m1), 'охвачен', 'охвачены')} ${formatNumber(countOf(m1), 0)} из них (${valueText(m1)}). `
      : 'Молодых педагогов в образовательных организациях, представивших данные, нет. ')
      + `Всего в наставничестве ${verbFor(countOf(ctx.district('M2')), 'участвует', 'участвуют')} — как наставник или наставляемый — ${formatCount(countOf(ctx.district('M2')), TEACHERS)} (${valueText(ctx.district('M2'))}). `
      + `Молодых педагогов, работавших в жюри конкурсов и олимпиад, — ${formatNumber(countOf(ctx.district('E5')), 0)}`
      + `${young > 0 ? ` (${countShareText(ctx, 'E5')})` : ''}.`,
  );
  const t = indicatorRows(ctx, sectionIndicators('mentoring'));
  w.table('Наставничество и молодые педагоги', t.header, t.rows, { widths: t.widths });
}
