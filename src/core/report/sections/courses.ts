// Section 3: professional development courses — PK1–PK5, PK8, PK9, the qualification cycle and next period's plan size.
import { sectionIndicators } from '../../catalogue/indicators';
import { SHEET_NAMES } from '../../catalogue/sheets';
import { plural, YEARS } from '../../plural';
import { countOf, type ReportContext } from '../context';
import {
  capitalise,
  verbFor,
  formatCount,
  formatNumber,
  formatShare,
  NBSP,
  periodIn,
  TEACHERS,
  YEARS_GENITIVE,
} from '../format';
import { countShareText, indicatorRows, schoolChart } from '../tables';
import { valueText } from '../values';
import type { ReportWriter } from '../writer';

export function coursesSection(ctx: ReportContext, w: ReportWriter): void {
  const d = (code: string) => ctx.district(code);
  const trained = countOf(d('PK1'));
  const cycle = ctx.settings.cycleYears;
  const cycleText = `${formatNumber(cycle, 0)}${NBSP}${plural(cycle, YEARS)}`;

  w.paragraph(
    `${capitalise(periodIn(ctx.settings.period))} курсы повышения квалификации или профессиональную переподготовку `
      + `${verbFor(trained, 'прошёл', 'прошли')} ${formatCount(trained, TEACHERS)} (${valueText(d('PK1'))} от общего числа `
      + `педагогических работников), из них в региональном институте развития образования — `
      + `${formatNumber(countOf(d('PK2')), 0)} (${countShareText(ctx, 'PK2')}), по программам в дистанционной форме — `
      + `${formatNumber(countOf(d('PK5')), 0)} (${valueText(d('PK5'))} от общего числа).`,
  );
  const valid = countOf(d('PK3'));
  w.paragraph(
    `Повышение квалификации педагогические работники проходят не реже одного раза в ${cycleText}. `
      + `Действующее повышение квалификации (курсы окончены не ранее чем за ${cycleText} до конца отчётного периода) `
      + `${verbFor(valid, 'имеет', 'имеют')} ${formatCount(valid, TEACHERS)} (${valueText(d('PK3'))}). `
      + `В следующем периоде повышение квалификации потребуется ${formatCount(countOf(d('PK4')), TEACHERS_DATIVE)} `
      + `(${countShareText(ctx, 'PK4')}): это объём плана-графика повышения квалификации на следующий год. `
      + `Поимённый список — на листе «${SHEET_NAMES.coursePlan}» сводной таблицы мониторинга, в справку он не включается.`,
  );
  const pk8 = d('PK8');
  const pk9 = d('PK9');
  w.paragraph(
    (pk8.kind !== 'count' && pk8.denominator > 0
      ? `Профессиональную переподготовку ${verbFor(pk8.denominator, 'прошёл', 'прошли')} ${formatCount(pk8.denominator, TEACHERS)} (${formatShare(pk8.denominator, countOf(d('K1')))} от общего числа), из них по программам педагогической направленности — ${formatNumber(pk8.numerator, 0)} (${formatShare(pk8.numerator, pk8.denominator)}). `
      : 'Профессиональную переподготовку в отчётном периоде педагоги не проходили. ')
      + (pk9.kind !== 'count' && pk9.denominator > 0
        ? `Средняя удовлетворённость слушателей дополнительных профессиональных программ — ${valueText(pk9)} (по ${formatCount(pk9.denominator, ['оценке', 'оценкам', 'оценкам'])} слушателей).`
        : 'Сведения об удовлетворённости слушателей курсами периода не представлены.'),
  );
  const t = indicatorRows(ctx, sectionIndicators('courses'));
  w.table('Повышение квалификации педагогических работников', t.header, t.rows, { widths: t.widths });
  if (ctx.submitted.length > 0) {
    w.chart(
      schoolChart(ctx, 'PK1', 'Доля педагогов, прошедших курсы повышения квалификации в отчётном периоде, по ОО, %'),
    );
    w.chart(
      schoolChart(
        ctx,
        'PK3',
        `Доля педагогов с действующим повышением квалификации (не старше ${formatNumber(cycle, 0)}${NBSP}${plural(cycle, YEARS_GENITIVE)}), по ОО, %`,
      ),
    );
  }
}

const TEACHERS_DATIVE = ['педагогу', 'педагогам', 'педагогам'] as const;
