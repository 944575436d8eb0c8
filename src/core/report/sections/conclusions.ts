// Section 10: conclusions (strengths and problems from the figures and targets) and addressed recommendations.
import { DEFICIT_INDICATORS } from '../../catalogue/indicators';
import { DEFICIT_TYPES } from '../../catalogue/lists';
import { SHEET_NAMES } from '../../catalogue/sheets';
import { TARGET_PREFIX } from '../../catalogue/parameters';
import { countOf, type ReportContext } from '../context';
import { formatChange, formatCount, formatNumber, NBSP, SCHOOLS, SCHOOLS_GENITIVE, TEACHERS, TEACHERS_GENITIVE, verbFor } from '../format';
import type { Inline } from '../model';
import { measureFor } from '../recommendations';
import { basisText, indicatorDef, scaled, targetText, valueText } from '../values';
import type { ReportWriter } from '../writer';
import { changes, type Change } from './dynamics';

/** Indicators whose rise or fall is not by itself good or bad (the staff's make-up): no verdict on their trend. */
const NO_VERDICT = new Set(['K1', 'K2', 'K3', 'K4', 'PK4']);
/** A change smaller than this (п.п. or units) is noise, not a trend worth a line in the conclusions. */
const NOTABLE_CHANGE = 1;
/** A conclusion names at most this many trends; the dynamics table has them all. */
const MAX_TREND_ITEMS = 5;
const INDICATORS_FORMS = ['показатель', 'показателя', 'показателей'] as const;

export function conclusionsSection(ctx: ReportContext, w: ReportWriter): void {
  const strengths: Inline[][] = [];
  const problems: Inline[][] = [];
  const d = (code: string) => ctx.district(code);
  const total = countOf(d('K1'));

  for (const t of ctx.result.targets) {
    const def = indicatorDef(t.code);
    const v = d(t.code);
    const x = scaled(v);
    if (x === null) continue;
    const line = `«${def.name}» (${def.code}) — ${valueText(v)} при целевом значении ${targetText(def, t.target)}`;
    if (x >= t.target - 1e-9) strengths.push([`Достигнуто целевое значение показателя ${line}.`]);
    else problems.push([`Не достигнуто целевое значение показателя ${line}; ниже цели — ${formatNumber(t.below.length, 0)} из ${formatCount(ctx.submitted.length, SCHOOLS_GENITIVE)}.`]);
  }

  const missing = ctx.result.schools.filter((s) => !s.submitted);
  if (missing.length === 0) strengths.push(['Данные мониторинга представили все образовательные организации.']);
  else problems.push([`Не представлены данные: ${missing.map((s) => s.school.name).join(', ')} (${formatCount(missing.length, SCHOOLS)}).`]);

  const errors = ctx.result.issues.filter((i) => i.severity === 'error').length;
  if (errors > 0) problems.push([`Сведения содержат ${formatCount(errors, ['ошибку', 'ошибки', 'ошибок'])}: их нужно исправить по листу «${SHEET_NAMES.errors}», иначе часть показателей занижена.`]);

  const withoutCourse = total - countOf(d('PK3'));
  if (withoutCourse > 0) problems.push([`${formatCount(withoutCourse, TEACHERS)} не ${verbFor(withoutCourse, 'имеет', 'имеют')} действующего повышения квалификации.`]);
  const withoutDiagnostics = total - countOf(d('D1'));
  if (total > 0 && withoutDiagnostics > 0) problems.push([`Диагностикой профессиональных дефицитов не ${verbFor(withoutDiagnostics, 'охвачен', 'охвачены')} ${formatCount(withoutDiagnostics, TEACHERS)}.`]);
  const m1 = d('M1');
  if (m1.kind !== 'count' && m1.denominator > m1.numerator) {
    problems.push([`Не охвачены наставничеством ${formatNumber(m1.denominator - m1.numerator, 0)} из ${formatNumber(m1.denominator, 0)} молодых педагогов.`]);
  }
  const e3 = countOf(d('E3'));
  if (e3 > 0) strengths.push([`Победителей и призёров конкурсов профессионального мастерства — ${formatCount(e3, TEACHERS)}.`]);
  const pk7 = countOf(d('PK7'));
  if (pk7 > 0) strengths.push([`Адресный подход к повышению квалификации реализуется: курсы по устранению выявленных дефицитов окончили ${formatNumber(pk7, 0)} из ${formatCount(countOf(d('D1')), TEACHERS_GENITIVE)}, прошедших диагностику.`]);

  if (ctx.previous) {
    const notable = changes(ctx).filter((c) => c.delta !== null && !NO_VERDICT.has(c.def.code) && Math.abs(c.delta) >= NOTABLE_CHANGE);
    const trend = (list: Change[], lead: string) => {
      // The largest changes first; shares (п.п.) before counts, whose units are not comparable with them.
      const sorted = [...list].sort((a, b) => Number(b.def.unit === '%') - Number(a.def.unit === '%') || Math.abs(b.delta as number) - Math.abs(a.delta as number));
      const shown = sorted.slice(0, MAX_TREND_ITEMS).map((c) => `«${c.def.name}» (${c.def.code}) — ${formatChange(c.delta as number, c.def.unit === '%' ? 'п.п.' : c.def.unit)}`);
      const more = sorted.length - shown.length;
      return `${lead} ${shown.join('; ')}${more > 0 ? `; и ещё ${formatCount(more, INDICATORS_FORMS)} (см. раздел «Динамика показателей»)` : ''}.`;
    };
    const up = notable.filter((c) => (c.delta as number) > 0);
    const down = notable.filter((c) => (c.delta as number) < 0);
    if (up.length > 0) strengths.push([trend(up, 'По сравнению с предыдущим периодом выросли:')]);
    if (down.length > 0) problems.push([trend(down, 'По сравнению с предыдущим периодом снизились:')]);
  }

  w.heading(2, 'Положительные результаты');
  if (strengths.length > 0) w.bullets(strengths);
  else w.paragraph('Показателей, достигших целевых значений, в отчётном периоде нет.');
  w.heading(2, 'Проблемы');
  if (problems.length > 0) w.bullets(problems);
  else w.paragraph('Существенных проблем по данным мониторинга не выявлено.');

  w.heading(2, 'Рекомендации районной методической службе');
  const general: Inline[][] = [];
  const plan = countOf(d('PK4'));
  if (plan > 0) general.push([`Сформировать план-график повышения квалификации на следующий период на ${formatCount(plan, TEACHERS)} (поимённый список — лист «${SHEET_NAMES.coursePlan}»).`]);
  if (total > 0 && withoutDiagnostics > 0) general.push([`Организовать диагностику профессиональных дефицитов для ${formatCount(withoutDiagnostics, TEACHERS_GENITIVE)}, не проходивших её в течение трёх лет.`]);
  const deficits = DEFICIT_TYPES.map((deficit, i) => ({ deficit, n: countOf(d(DEFICIT_INDICATORS[i].code)) })).filter((x) => x.n > 0).sort((a, b) => b.n - a.n);
  if (deficits.length > 0) {
    const top = deficits.slice(0, 2);
    general.push([`Предусмотреть адресные программы повышения квалификации по наиболее частым дефицитам: ${top.map((x) => `${x.deficit} (${formatNumber(x.n, 0)}${NBSP}чел.)`).join(', ')}.`]);
  }
  if (missing.length > 0) general.push([`Обеспечить представление данных образовательными организациями: ${missing.map((s) => s.school.name).join(', ')}.`]);
  if (ctx.result.targets.length === 0) {
    general.push([`Задать целевые значения показателей на листе «${SHEET_NAMES.parameters}» (например, параметр «${TARGET_EXAMPLE}» со значением 100): тогда справка выделит организации ниже цели и сформирует для них адресные рекомендации.`]);
  }
  if (general.length > 0) w.bullets(general);
  else w.paragraph('Дополнительных мер на уровне района по данным мониторинга не требуется.');

  addressed(ctx, w);
}

const TARGET_EXAMPLE = `${TARGET_PREFIX} PK3`;

/** One block per school below at least one target: the indicator, its value against the target, the measure. */
function addressed(ctx: ReportContext, w: ReportWriter): void {
  w.heading(2, 'Адресные рекомендации руководителям образовательных организаций');
  const below = ctx.submitted.filter((s) => s.belowTarget.length > 0);
  if (ctx.result.targets.length === 0) {
    w.paragraph('Целевые значения показателей не заданы, поэтому адресные рекомендации не формируются.');
    return;
  }
  if (below.length === 0) {
    w.paragraph('Все образовательные организации, представившие данные, достигли целевых значений показателей.');
    return;
  }
  w.paragraph(`Руководителям образовательных организаций, показатели которых ниже целевых значений, рекомендуется:`);
  const order = ctx.result.targets.map((t) => t.code);
  for (const s of below) {
    w.leadIn(s.school.name);
    const codes = order.filter((c) => s.belowTarget.includes(c));
    w.bullets(codes.map((code) => {
      const def = indicatorDef(code);
      const v = s.indicators[code];
      const basis = basisText(def, v);
      return [
        { text: `${def.name} (${def.code})`, italic: true },
        `: ${valueText(v)} при целевом значении ${targetText(def, ctx.target(code) as number)}${basis ? ` (${basis})` : ''}. `,
        `Рекомендуется ${measureFor(code)}.`,
      ];
    }));
  }
}
