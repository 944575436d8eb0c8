// The letter of addressed recommendations to heads of ОО (the form of sample document 2, docs/decisions.md): one
// section per ОО with a problem.
import type { BuildResult, SchoolResult } from '../districtResult';
import type { Settings } from '../settings';
import type { Summary } from '../summary';
import { MEASURES_BY_CAUSE } from '../catalogue/measures';
import { MEASURES_PER_SCHOOL } from '../catalogue/rules';
import { shortName } from '../catalogue/wording';
import { documentHead, referenceLine, signatureBlock } from './attributes';
import { BY_SCHOOL_SECTION } from './analyticalReport';
import { reportContext, type ReportContext } from './context';
import { figuresOf, type Finding } from './findings';
import { formatNumber, lowerFirst, periodPhrase } from './format';
import { deadline, fillIn, measureFill, nextYear } from './measures';
import type { Inline, ReportDoc } from './model';
import { expectedLevel, schoolsWithProblems, type Problem, type SchoolProblems } from './problems';
import { measureFor } from './recommendations';
import { indicatorDef, valueWithUnit } from './values';
import { ReportWriter } from './writer';

/** How the letter names the registry's marks of students' results (S1, S2). */
const RESULT_PROBLEMS = {
  S1: 'низкие образовательные результаты обучающихся',
  S2: 'признаки необъективности результатов',
} as const;

/** «не более трёх»: the cap in words. */
const UP_TO: Readonly<Record<number, string>> = { 1: 'одной', 2: 'двух', 3: 'трёх', 4: 'четырёх', 5: 'пяти' };

/** Months after the period's end by which the heads report what was done. */
export const REPORT_BACK_MONTHS = 9;

export function letterTitle(s: Settings): string {
  const where = s.municipality ? ` ${s.municipality}` : '';
  return (
    `Адресные рекомендации руководителям образовательных организаций${where} по итогам мониторинга `
    + `профессионального развития педагогических работников ${periodPhrase(s.period)}`
  );
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
      + `образовательной организации названы не более ${UP_TO[MEASURES_PER_SCHOOL] ?? formatNumber(MEASURES_PER_SCHOOL, 0)} наиболее существенных `
      + 'проблем — по тому, насколько показатель ниже норматива или цели, — и мера по каждой, выбранная по причине и '
      + `глубине отставания, со сроком и уровнем показателя, который должен быть достигнут к мониторингу за ${nextYear(s.period)}.`,
  );
  if (list.length === 0) {
    w.paragraph('По данным мониторинга существенных проблем ни у одной образовательной организации не выявлено.');
  } else {
    w.paragraph(
      'Образовательные организации, не названные ниже, существенных проблем по данным мониторинга не имеют. '
        + `Информацию о выполнении рекомендаций просим направить ${deadline(s.period, REPORT_BACK_MONTHS)}.`,
    );
  }
  list.forEach((p, i) => schoolSection(ctx, w, p, i + 1));
  return {
    head: documentHead(s, 'letter', `Руководителям образовательных организаций${where}`),
    title: letterTitle(s),
    fileName: `Адресные рекомендации ОО ${fileYear(s.period)}`,
    blocks: w.blocks,
    signature: signatureBlock(s),
  };
}

/**
 * One ОО: its most severe problems, each with the measure chosen by its cause and by how far below, a deadline and
 * the level to reach; the registry's marks of students' results first. The rest in one line pointing at the справка.
 */
export function schoolSection(ctx: ReportContext, w: ReportWriter, p: SchoolProblems, n: number): void {
  const s = ctx.settings;
  w.leadIn(`${n}. ${p.school.school.name}`);
  const findings = ctx.schoolFindings(p.school.school.code);
  const fill = measureFill(figuresOf(p.school.indicators), s.period);
  const items: Inline[][] = p.results.map((code) => [
    `По данным реестра ОО — ${RESULT_PROBLEMS[code]}. `,
    { text: 'Мера: ', italic: true },
    `${measureFor(code)}. `,
    { text: `Срок — ${deadline(s.period, 12)}. `, bold: true },
    effect(ctx, p.school, 'PK3', findings),
  ]);
  const room = Math.max(0, MEASURES_PER_SCHOOL - items.length);
  for (const problem of p.problems.slice(0, room)) {
    const def = problem.cause ? MEASURES_BY_CAUSE[problem.cause] : null;
    const measure = def ? fillIn(def.school[problem.severity], fill) : measureFor(problem.code);
    items.push([
      `${capital(problem.lines.join('; '))}. `,
      { text: 'Мера: ', italic: true },
      `${measure}. `,
      { text: `Срок — ${deadline(s.period, def ? def.months : 12)}. `, bold: true },
      effect(ctx, p.school, problem.code, findings),
    ]);
  }
  items.forEach((item, j) => w.paragraph(`${n}.${j + 1}. `, ...item));
  const rest = p.problems.slice(room);
  if (rest.length > 0) {
    w.paragraph(
      `Кроме того, ниже норматива или цели: ${rest.map(restName).join(', ')} (раздел ${BY_SCHOOL_SECTION} `
        + 'аналитической справки).',
    );
  }
}

/** «наставничество молодых педагогов», or the indicator's short name for a target without a cause. */
function restName(p: Problem): string {
  return lowerFirst(p.cause ? MEASURES_BY_CAUSE[p.cause].title : shortName(p.code));
}

/** «Результат — «Действующее ПК» не ниже 90 % (сейчас 70 %).» */
function effect(ctx: ReportContext, school: SchoolResult, code: string, findings: readonly Finding[]): string {
  const def = indicatorDef(code);
  const v = school.indicators[code];
  const level = expectedLevel(code, v, findings, ctx.target(code));
  const now = valueWithUnit(def, v);
  return level
    ? `Результат — «${shortName(code)}» ${level} (сейчас ${now}).`
    : `Результат — «${shortName(code)}» (сейчас ${now}).`;
}

const capital = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);

export function fileYear(period: { start: string; end: string }): string {
  return `${period.start.slice(0, 4)}-${period.end.slice(0, 4)}`;
}
