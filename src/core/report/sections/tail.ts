// What closes every data section: the rule table's verdicts for it and, with a previous period, the comparison.
import { BASE_INDICATORS, type SectionId } from '../../catalogue/indicators';
import { shortName } from '../../catalogue/wording';
import type { ReportContext } from '../context';
import { NO_DATA } from '../../catalogue/labels';
import { academicYear, formatChange, formatDate, formatNumber, formatPercent, lowerFirst } from '../format';
import type { ReportWriter } from '../writer';
import { changes, type Change } from './dynamics';

export function sectionTail(ctx: ReportContext, w: ReportWriter, section: SectionId): void {
  const own = ctx.findings.filter((f) => f.rule.section === section);
  const problems = own.filter((f) => f.fired);
  const met = own.filter((f) => !f.fired);
  if (problems.length > 0) w.paragraph({ text: 'Проблема. ', bold: true }, problems.map((f) => f.text).join(' '));
  if (met.length > 0) w.paragraph(met.map((f) => f.text).join(' '));
  if (ctx.previous) comparison(ctx, w, section);
}

/** «По сравнению с 2019/2020 учебным годом: КПК за год — 25 % (было 21,7 %, +3,3 п.п.); …». */
function comparison(ctx: ReportContext, w: ReportWriter, section: SectionId): void {
  const codes = new Set(BASE_INDICATORS.filter((d) => d.section === section).map((d) => d.code));
  const list = changes(ctx).filter((c) => codes.has(c.def.code));
  if (list.length === 0) return;
  const parts = list.map(
    (c) =>
      `${lowerFirst(shortName(c.def.code))} — ${shown(c, c.now)} (было ${shown(c, c.before)}`
      + `${c.delta === null ? '' : `, ${formatChange(c.delta, c.def.unit === '%' ? 'п.п.' : c.def.unit)}`})`,
  );
  w.paragraph(`По сравнению с ${previousLabel(ctx)}: ${parts.join('; ')}.`);
}

export function previousLabel(ctx: ReportContext): string {
  const p = ctx.previous?.period;
  if (!p) return '';
  const year = academicYear(p);
  return year
    ? year.replace('учебный год', 'учебным годом')
    : `периодом с ${formatDate(p.start)} по ${formatDate(p.end)}`;
}

function shown(c: Change, x: number | null): string {
  if (x === null) return NO_DATA;
  return c.def.unit === '%' ? formatPercent(x) : `${formatNumber(x, 0)}\u00a0${c.def.unit}`;
}
