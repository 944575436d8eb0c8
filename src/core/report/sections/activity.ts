// Section 7: methodological activity and contests — A1–A4, E1–E4.
import { sectionIndicators } from '../../catalogue/indicators';
import { countOf, type ReportContext } from '../context';
import { capitalise, formatCount, formatNumber, verbFor, periodIn, TEACHERS } from '../format';
import { countShareText, indicatorRows } from '../tables';
import { valueText } from '../values';
import type { ReportWriter } from '../writer';

export function activitySection(ctx: ReportContext, w: ReportWriter): void {
  const d = (code: string) => ctx.district(code);
  const people = (code: string) => formatCount(countOf(d(code)), TEACHERS);
  w.paragraph(
    `В методический актив ${verbFor(countOf(d('A1')), 'входит', 'входят')} ${people('A1')} (${valueText(d('A1'))}), в сетевые профессиональные сообщества — ${people('A2')} (${valueText(d('A2'))}). `
      + `В инновационной (экспериментальной, апробационной) деятельности ${verbFor(countOf(d('A4')), 'участвует', 'участвуют')} ${people('A4')} (${valueText(d('A4'))}). `
      + `Членов региональных предметных комиссий ОГЭ и ЕГЭ — ${people('A3')} (${countShareText(ctx, 'A3')}).`,
  );
  w.paragraph(
    `${capitalise(periodIn(ctx.settings.period))} педагоги провели ${formatCount(countOf(d('E1')), OPEN_LESSONS)}; `
      + 'педагогов, представивших опыт на муниципальном уровне и выше (открытые уроки, мастер-классы, выступления, '
      + `публикации), — ${formatNumber(countOf(d('E4')), 0)} (${countShareText(ctx, 'E4')}). `
      + `Участников конкурсов профессионального мастерства — ${people('E2')} (${countShareText(ctx, 'E2')}), `
      + `из них победителей и призёров — ${people('E3')}${countOf(d('E2')) > 0 ? ` (${countShareText(ctx, 'E3')})` : ''}.`,
  );
  const t = indicatorRows(ctx, sectionIndicators('activity'));
  w.table('Методическая активность и конкурсы профессионального мастерства', t.header, t.rows, { widths: t.widths });
}

const OPEN_LESSONS = [
  'открытый урок или мастер-класс',
  'открытых урока и мастер-класса',
  'открытых уроков и мастер-классов',
] as const;
