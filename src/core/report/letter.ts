// The letter of addressed recommendations to heads of ОО (the form of seed 002): one section per ОО with a problem.
import type { BuildResult, SchoolResult } from '../districtResult';
import type { Summary } from '../summary';
import { CAUSE_OF_INDICATOR as CAUSED } from '../catalogue/measures';
import { shortName } from '../catalogue/wording';
import { documentHead, referenceLine, signatureBlock } from './attributes';
import { reportContext, type ReportContext } from './context';
import { figuresOf, type Finding } from './findings';
import { lowerFirst, periodPhrase } from './format';
import { chooseMeasures, deadline, fillIn, measureFill, nextYear } from './measures';
import type { Inline, ReportDoc } from './model';
import { measureFor } from './recommendations';
import { indicatorDef, scaled, targetText, valueText, valueWithUnit } from './values';
import { ReportWriter } from './writer';

/** How the letter names the registry's marks of students' results (S1, S2). */
const RESULT_PROBLEMS = { S1: 'низкие образовательные результаты обучающихся', S2: 'признаки необъективности результатов' } as const;

/** Months after the period's end by which the heads report what was done. */
const REPORT_BACK_MONTHS = 9;

export interface SchoolProblems {
  school: SchoolResult;
  fired: Finding[];
  missedTargets: string[];
  /** Students' results the registry marks (issue 10): the indicator codes S1 (low results), S2 (bias). */
  results: ('S1' | 'S2')[];
}

/**
 * The ОО the letter writes to: those with a fired rule, a missed target or weak students' results. ОО with weak
 * results come first, those with the least valid PD (PK3) first among them (issue 10); the rest in registry order.
 */
export function schoolsWithProblems(ctx: ReportContext): SchoolProblems[] {
  const list = ctx.submitted.flatMap((school): SchoolProblems[] => {
    const fired = ctx.schoolFindings(school.school.code).filter((f) => f.fired);
    const r = school.school.results;
    const results = [...(r?.lowResults === true ? ['S1' as const] : []), ...(r?.biased === true ? ['S2' as const] : [])];
    const any = fired.length > 0 || school.belowTarget.length > 0 || results.length > 0;
    return any ? [{ school, fired, missedTargets: school.belowTarget, results }] : [];
  });
  const pk3 = (p: SchoolProblems) => scaled(p.school.indicators.PK3) ?? Number.POSITIVE_INFINITY;
  const weak = list.filter((p) => p.results.length > 0).sort((a, b) => pk3(a) - pk3(b));
  return [...weak, ...list.filter((p) => p.results.length === 0)];
}

export function buildLetter(result: BuildResult, previous?: Summary): ReportDoc {
  const ctx = reportContext(result, previous);
  const s = result.settings;
  const where = s.municipality ? ` ${s.municipality}` : '';
  const w = new ReportWriter();
  const list = schoolsWithProblems(ctx);
  w.paragraph(
    `Настоящие рекомендации подготовлены по результатам мониторинга профессионального развития педагогических `
    + `работников ${periodPhrase(s.period)} (аналитическая справка ${referenceLine(s.document, 'report')}). Для каждой `
    + 'образовательной организации, у которой выявлены проблемные поля, приведены её показатели и меры, выбранные по '
    + 'причине и по тому, насколько показатель ниже норматива или цели, — со сроком и показателем, по которому в '
    + `мониторинге за ${nextYear(s.period)} будет оценён результат.`,
  );
  if (list.length === 0) {
    w.paragraph('По данным мониторинга проблемных полей ни у одной образовательной организации не выявлено.');
  } else {
    w.paragraph('Образовательные организации, не названные ниже, проблемных полей по данным мониторинга не имеют. '
      + `Информацию о выполнении рекомендаций просим направить ${deadline(s.period, REPORT_BACK_MONTHS)}.`);
  }
  list.forEach((p, i) => schoolSection(ctx, w, p, i + 1));
  return {
    head: documentHead(s, 'letter', `Руководителям образовательных организаций${where}`),
    title: `Адресные рекомендации руководителям образовательных организаций${where} по итогам мониторинга `
      + `профессионального развития педагогических работников ${periodPhrase(s.period)}`,
    fileName: `Адресные рекомендации ОО ${fileYear(s.period)}`,
    blocks: w.blocks,
    signature: signatureBlock(s),
  };
}

function schoolSection(ctx: ReportContext, w: ReportWriter, p: SchoolProblems, n: number): void {
  const s = ctx.settings;
  w.leadIn(`${n}. ${p.school.school.name}`);
  const problems: Inline[][] = p.fired.map((f) => [f.text]);
  for (const code of p.missedTargets) {
    const def = indicatorDef(code);
    const v = p.school.indicators[code];
    problems.push([`Ниже целевого значения района: «${lowerFirst(def.name)}» — ${valueText(v)} при цели `
      + `${targetText(def, ctx.target(code) as number)}.`]);
  }
  for (const code of p.results) problems.unshift([`По данным реестра ОО: ${RESULT_PROBLEMS[code]}.`]);
  w.paragraph({ text: 'Проблемные поля:', italic: true });
  w.bullets(problems);
  w.paragraph({ text: 'Рекомендуемые меры:', italic: true });
  const fill = measureFill(figuresOf(p.school.indicators), s.period);
  const measures = chooseMeasures(p.fired, p.missedTargets);
  const items: Inline[][] = measures.map((m, j) => {
    const code = m.def.indicator;
    return [`${n}.${j + 1}. ${capital(fillIn(m.def.school[m.severity], fill))}. `,
      { text: `Срок — ${deadline(s.period, m.def.months)}. `, bold: true },
      effect(ctx, p.school, code)];
  });
  // A target with no cause in the measure table gets the catalogue's own measure for its indicator.
  const covered = new Set(measures.map((m) => m.def.indicator));
  for (const code of p.missedTargets.filter((c) => !(c in CAUSED) && !covered.has(c))) {
    items.push([`${n}.${items.length + 1}. ${capital(measureFor(code))}. `,
      { text: `Срок — ${deadline(s.period, 12)}. `, bold: true }, effect(ctx, p.school, code)]);
  }
  for (const code of p.results) {
    items.push([`${n}.${items.length + 1}. ${capital(measureFor(code))}. `,
      { text: `Срок — ${deadline(s.period, 12)}. `, bold: true }, effect(ctx, p.school, 'PK3')]);
  }
  for (const item of items) w.paragraph(...item);
}

/** «Результат покажет показатель «Действующее ПК»: сейчас 70 %, цель — 90 %.» */
function effect(ctx: ReportContext, school: SchoolResult, code: string): string {
  const def = indicatorDef(code);
  const v = school.indicators[code];
  const target = ctx.target(code);
  return `Результат покажет показатель «${shortName(code)}»: сейчас ${valueWithUnit(def, v)}`
    + `${target !== undefined ? `, цель — ${targetText(def, target)}` : ''}.`;
}

const capital = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);

export function fileYear(period: { start: string; end: string }): string {
  return `${period.start.slice(0, 4)}-${period.end.slice(0, 4)}`;
}
