// Section 10: conclusions — what the figures show against the rule table and the targets, and what is proposed.
import { countOf, type ReportContext } from '../context';
import {
  formatChange,
  formatCount,
  formatNumber,
  formatShare,
  lowerFirst,
  SCHOOLS,
  SCHOOLS_GENITIVE,
  TEACHERS,
} from '../format';
import type { Inline } from '../model';
import { isBelowTarget, scaled } from '../../targets';
import { indicatorDef, targetText, valueText } from '../values';
import type { ReportWriter } from '../writer';
import { CAUSE_OF_INDICATOR, MEASURES_BY_CAUSE } from '../../catalogue/measures';
import type { Cause } from '../../catalogue/rules';
import { shortName } from '../../catalogue/wording';
import { causesBySeverity, schoolsWithProblems } from '../problems';
import { changes, type Change } from './dynamics';
import { previousLabel } from './tail';

/** Indicators whose rise or fall is not by itself good or bad (the staff's make-up): no verdict on their trend. */
const NO_VERDICT = new Set(['K1', 'K2', 'K3', 'K4', 'PK4']);
/** How many of the most severe problems the conclusions call key (far below the norm and affecting most people). */
const KEY_PROBLEMS = 3;
/** A change smaller than this (п.п. or units) is noise, not a trend worth a line in the conclusions. */
const NOTABLE_CHANGE = 1;

export function conclusionsSection(ctx: ReportContext, w: ReportWriter): void {
  const strengths: Inline[][] = [];
  const problems: Inline[][] = [];
  const d = (code: string) => ctx.district(code);

  // Problems by cause, the most severe first; a missed target joins its cause's bullet instead of a line of its own.
  const groups = causesBySeverity(ctx.findings);
  const targetOnly: Inline[][] = [];
  const extra = new Map<Cause, string[]>();
  for (const t of ctx.result.targets) {
    const def = indicatorDef(t.code);
    const v = d(t.code);
    const x = scaled(v);
    if (x === null) continue;
    const line = `«${lowerFirst(def.name)}» — ${valueText(v)} при целевом значении ${targetText(def, t.target)}`;
    if (!isBelowTarget(x, t.target)) {
      strengths.push([`Достигнуто целевое значение показателя ${line}.`]);
      continue;
    }
    const schools =
      t.below.length === ctx.submitted.length
        ? `ниже цели — все ${formatCount(ctx.submitted.length, SCHOOLS)}`
        : `ниже цели — ${formatNumber(t.below.length, 0)} из ${formatCount(ctx.submitted.length, SCHOOLS_GENITIVE)} `
          + `(${formatShare(t.below.length, ctx.submitted.length)})`;
    const cause = CAUSE_OF_INDICATOR[t.code];
    const group = groups.find((g) => g.cause === cause);
    if (!group) {
      targetOnly.push([`Не достигнуто целевое значение показателя ${line}; ${schools}.`]);
      continue;
    }
    // The rule already gave the figure when it measures this very indicator: the target adds only the level and ОО.
    const said = group.findings.some((f) => f.rule.indicator === t.code);
    const clause = said
      ? `Целевое значение района «${shortName(t.code)}» — ${targetText(def, t.target)} — не достигнуто; ${schools}.`
      : `Не достигнуто целевое значение ${line}; ${schools}.`;
    extra.set(group.cause, [...(extra.get(group.cause) ?? []), clause]);
  }
  groups.forEach((g, i) => {
    const title = MEASURES_BY_CAUSE[g.cause].title;
    problems.push([
      { text: `${i < KEY_PROBLEMS ? 'Ключевая проблема' : 'Проблема'}: ${lowerFirst(title)}. `, bold: true },
      [...g.findings.map((f) => f.text), ...(extra.get(g.cause) ?? [])].join(' '),
    ]);
  });
  problems.push(...targetOnly);
  for (const f of ctx.findings) if (!f.fired) strengths.push([f.text]);

  const missing = ctx.result.schools.filter((s) => !s.submitted);
  if (missing.length === 0) strengths.push(['Данные мониторинга представили все образовательные организации.']);
  else {
    problems.push([
      `Не представлены данные: ${missing.map((s) => s.school.name).join(', ')} `
        + `(${formatCount(missing.length, SCHOOLS)}); показатели района рассчитаны без ${missing.length === 1 ? 'неё' : 'них'}.`,
    ]);
  }
  const e3 = countOf(d('E3'));
  if (e3 > 0) {
    strengths.push([
      `Победителей и призёров конкурсов профессионального мастерства — ${formatCount(e3, TEACHERS)} `
        + `(${formatShare(e3, countOf(d('E2')))} участников конкурсов).`,
    ]);
  }
  if (ctx.previous) {
    const notable = changes(ctx).filter(
      (c) => c.delta !== null && !NO_VERDICT.has(c.def.code) && Math.abs(c.delta) >= NOTABLE_CHANGE,
    );
    const list = (xs: Change[]) =>
      xs
        .map(
          (c) =>
            `${lowerFirst(shortName(c.def.code))} `
            + `(${formatChange(c.delta as number, c.def.unit === '%' ? 'п.п.' : c.def.unit)})`,
        )
        .join(', ');
    const up = notable.filter((c) => (c.delta as number) > 0);
    const down = notable.filter((c) => (c.delta as number) < 0);
    if (up.length > 0) strengths.push([`По сравнению с ${previousLabel(ctx)} выросли: ${list(up)}.`]);
    if (down.length > 0) problems.push([`По сравнению с ${previousLabel(ctx)} снизились: ${list(down)}.`]);
  }

  w.heading(2, 'Положительные результаты');
  if (strengths.length > 0) w.bullets(strengths);
  else w.paragraph('Показателей, достигших целевых значений и нормативов, в отчётном периоде нет.');
  w.heading(2, 'Проблемы');
  if (problems.length > 0) w.bullets(problems);
  else w.paragraph('Существенных проблем по данным мониторинга не выявлено.');
  w.heading(2, 'Предложения');
  const addressed = schoolsWithProblems(ctx).length;
  w.paragraph(
    'Меры по итогам мониторинга — со сроками, ответственными и показателями, по которым будет оценён их результат, — '
      + 'предложены в проекте приказа об итогах мониторинга. '
      + (addressed > 0
        ? `Адресные рекомендации подготовлены для ${addressed === ctx.submitted.length ? 'всех ' : ''}`
          + `${formatCount(addressed, SCHOOLS_GENITIVE)}${
            addressed === ctx.submitted.length
              ? ', представивших данные,'
              : ` из ${formatNumber(ctx.submitted.length, 0)}, представивших данные (${formatShare(addressed, ctx.submitted.length)}),`
          } `
          + 'и направляются их руководителям письмом.'
        : 'Образовательных организаций, которым требуются адресные рекомендации, нет.'),
  );
}
