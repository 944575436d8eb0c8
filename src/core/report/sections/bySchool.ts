// Section 8: one table of schools × key indicators (`key: true` in the catalogue), below-target cells shaded.
import { DISTRICT_TOTAL } from '../../catalogue/labels';
import { INDICATORS, type IndicatorDef } from '../../catalogue/indicators';
import { NOT_SUBMITTED } from '../../layout/summarySheets';
import type { ReportContext } from '../context';
import { formatNumber } from '../format';
import type { ReportCell } from '../model';
import { targetText, valueText } from '../values';
import type { ReportWriter } from '../writer';

export const KEY_CODES: readonly string[] = INDICATORS.filter((d) => d.key).map((d) => d.code);

export function bySchoolSection(ctx: ReportContext, w: ReportWriter): void {
  const defs = INDICATORS.filter((d) => d.key);
  const belowAny = ctx.submitted.filter((s) => s.belowTarget.some((c) => KEY_CODES.includes(c))).length;
  w.paragraph(
    'Основные показатели по каждой образовательной организации приведены в таблице. '
    + (ctx.result.targets.length > 0
      ? `Значения ниже целевых выделены цветом${belowAny > 0 ? ` (таких организаций — ${formatNumber(belowAny, 0)})` : ''}. `
      : '')
    + 'Знак «—» означает, что показатель не может быть рассчитан (в организации нет педагогов, к которым он относится). '
    + 'Полные значения всех показателей — на листе «Сводная» сводной таблицы.',
  );
  const rows: ReportCell[][] = [];
  rows.push([
    { text: DISTRICT_TOTAL, bold: true, shade: 'total' },
    ...defs.map((d): ReportCell => ({ text: valueText(ctx.district(d.code)), align: 'center', bold: true, shade: 'total' })),
  ]);
  if (defs.some((d) => ctx.target(d.code) !== undefined)) {
    rows.push([
      { text: 'Цель', italic: true },
      ...defs.map((d): ReportCell => {
        const t = ctx.target(d.code);
        return { text: t === undefined ? '' : targetText(d, t), align: 'center', italic: true };
      }),
    ]);
  }
  for (const s of ctx.result.schools) {
    if (!s.submitted) {
      // No merged cells (Google Docs tables cannot be relied on to merge): the status goes with the name.
      rows.push([
        { text: `${s.school.name} (${NOT_SUBMITTED})`, italic: true, shade: 'muted' },
        ...defs.map((): ReportCell => ({ text: '', shade: 'muted' })),
      ]);
      continue;
    }
    rows.push([
      { text: s.school.name },
      ...defs.map((d): ReportCell => ({
        text: valueText(s.indicators[d.code]),
        align: 'center',
        ...(s.belowTarget.includes(d.code) ? { shade: 'below-target' as const } : {}),
      })),
    ]);
  }
  w.table('Основные показатели по образовательным организациям', ['Образовательная организация', ...defs.map((d) => d.code)], rows, {
    // Counts hold short integers, shares «100 %»: the name column takes what is left.
    widths: [100 - defs.reduce((sum, d) => sum + columnWeight(d), 0), ...defs.map(columnWeight)],
    dense: true,
  });
  w.note(`Обозначения: ${defs.map((d) => `${d.code} — ${lowerFirst(d.name)}`).join('; ')}.`);
}

function columnWeight(def: IndicatorDef): number {
  return def.kind === 'count' ? 5.5 : 7.5;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
