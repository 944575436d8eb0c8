// Section 8: one table of schools × key indicators (`key: true` in the catalogue), below-target cells shaded.
import { DISTRICT_TOTAL } from '../../catalogue/labels';
import { INDICATORS, type IndicatorDef } from '../../catalogue/indicators';
import { NOT_SUBMITTED } from '../../layout/summarySheets';
import type { ReportContext } from '../context';
import { shortName } from '../../catalogue/wording';
import { formatNumber, formatShare } from '../format';
import { lowerFirst } from '../format';
import type { ReportCell } from '../model';
import { targetText, valueText } from '../values';
import type { ReportWriter } from '../writer';

export const KEY_CODES: readonly string[] = INDICATORS.filter((d) => d.key).map((d) => d.code);

export function bySchoolSection(ctx: ReportContext, w: ReportWriter): void {
  const defs = INDICATORS.filter((d) => d.key);
  const belowAny = ctx.submitted.filter((s) => s.belowTarget.some((c) => KEY_CODES.includes(c))).length;
  w.paragraph(
    `Основные показатели по каждой образовательной организации приведены в ${defs.length > PER_TABLE ? 'таблицах' : 'таблице'}. `
      + (ctx.result.targets.length > 0
        ? `Значения ниже целевых выделены цветом${
            belowAny > 0
              ? ` (таких организаций — ${formatNumber(belowAny, 0)} из `
                + `${formatNumber(ctx.submitted.length, 0)}, ${formatShare(belowAny, ctx.submitted.length)})`
              : ''
          }. `
        : '')
      + 'Знак «—» означает, что показатель не может быть рассчитан (в организации нет педагогов, к которым он относится). '
      + 'Полные значения всех показателей — на листе «Сводная» сводной таблицы мониторинга; как рассчитан каждый показатель — '
      + 'в приложении 1.',
  );
  // Words, not codes, head the columns: at most PER_TABLE columns fit A4 portrait without breaking a word.
  const parts = Math.ceil(defs.length / PER_TABLE);
  const size = Math.ceil(defs.length / parts);
  for (let i = 0; i < defs.length; i += size) {
    const part = defs.slice(i, i + size);
    const title =
      parts === 1
        ? TITLE
        : `${TITLE} (часть ${i / size + 1}: ${part.map((d) => lowerFirst(shortName(d.code))).join(', ')})`;
    w.table(
      title,
      ['Образовательная организация', ...part.map((d) => `${shortName(d.code)}, ${d.unit}`)],
      tableRows(ctx, part),
      {
        widths: [100 - part.length * COLUMN, ...part.map(() => COLUMN)],
        dense: true,
      },
    );
  }
}

const TITLE = 'Основные показатели по образовательным организациям';
const PER_TABLE = 6;
/** Percent of the text width for one indicator column; the name column takes what is left. */
const COLUMN = 13;

function tableRows(ctx: ReportContext, defs: readonly IndicatorDef[]): ReportCell[][] {
  const rows: ReportCell[][] = [];
  rows.push([
    { text: DISTRICT_TOTAL, bold: true, shade: 'total' },
    ...defs.map((d): ReportCell => ({
      text: valueText(ctx.district(d.code)),
      align: 'center',
      bold: true,
      shade: 'total',
    })),
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
  return rows;
}
