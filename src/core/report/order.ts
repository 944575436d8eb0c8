// The draft приказ of management decisions: numbered measures with срок, ответственный and indicator; effectiveness.
import { DEFICIT_INDICATORS } from '../catalogue/indicators';
import { DEFICIT_TYPES } from '../catalogue/lists';
import { MEASURES_BY_CAUSE, SCHOOL_HEADS } from '../catalogue/measures';
import type { Cause } from '../catalogue/rules';
import { SHEET_NAMES } from '../catalogue/sheets';
import { shortName } from '../catalogue/wording';
import type { BuildResult } from '../districtResult';
import type { Summary } from '../summary';
import { documentHead, referenceLine, signatureBlock } from './attributes';
import { countOf, reportContext, type ReportContext } from './context';
import { figuresOf } from './findings';
import { formatChange, formatCount, formatNumber, formatShare, periodPhrase, SCHOOLS_GENITIVE } from './format';
import { fileYear, schoolsWithProblems } from './letter';
import { chooseMeasures, deadline, fillIn, measureFill } from './measures';
import type { ReportCell, ReportDoc } from './model';
import { changes, previousScaled } from './sections/dynamics';
import { previousLabel } from './sections/tail';
import { indicatorDef, scaled, valueWithUnit } from './values';
import { ReportWriter } from './writer';

export const ORDER_TITLE = 'Об итогах мониторинга профессионального развития педагогических работников';

interface Point {
  text: string;
  due?: string;
  responsible?: string;
  indicator?: string;
}

export function buildOrder(result: BuildResult, previous?: Summary): ReportDoc {
  const ctx = reportContext(result, previous);
  const s = result.settings;
  const w = new ReportWriter();
  const where = s.municipality ? ` ${s.municipality}` : '';
  w.paragraph(
    `По итогам мониторинга профессионального развития педагогических работников образовательных организаций${where} `
    + `${periodPhrase(s.period)} (аналитическая справка ${referenceLine(s.document, 'report')}), в целях обеспечения `
    + 'непрерывного профессионального развития педагогов и принятия управленческих решений по результатам мониторинга',
  );
  if (previous) effectiveness(ctx, w);
  w.paragraph({ text: 'ПРИКАЗЫВАЮ:', bold: true });
  points(ctx).forEach((p, i) => {
    const tail = [p.due ? `Срок: ${p.due}.` : '', p.responsible ? `Ответственный: ${p.responsible}.` : '',
      p.indicator ? `Показатель результата: ${p.indicator}.` : ''].filter((x) => x !== '').join(' ');
    w.paragraph(`${i + 1}. ${p.text}${tail ? ` ${tail}` : ''}`);
  });
  return {
    head: documentHead(s, 'order'),
    title: `${ORDER_TITLE} ${periodPhrase(s.period)}`,
    subtitle: 'Проект',
    fileName: `Проект приказа об итогах мониторинга ${fileYear(s.period)}`,
    blocks: w.blocks,
    signature: signatureBlock(s),
  };
}

function points(ctx: ReportContext): Point[] {
  const s = ctx.settings;
  const out: Point[] = [{ text: `Утвердить аналитическую справку о профессиональном развитии педагогических работников `
    + `${periodPhrase(s.period)} (приложение).` }];
  const fired = ctx.findings.filter((f) => f.fired);
  const missed = ctx.result.targets.filter((t) => t.below.length > 0 || isBelow(ctx, t.code)).map((t) => t.code);
  const deficits = DEFICIT_TYPES.map((deficit, i) => ({ deficit, n: countOf(ctx.district(DEFICIT_INDICATORS[i].code)) }))
    .filter((x) => x.n > 0).sort((a, b) => b.n - a.n).slice(0, 3)
    .map((x) => `${x.deficit} (${formatNumber(x.n, 0)}\u00a0чел.)`).join(', ') || 'по итогам диагностики';
  const fill = measureFill(figuresOf(ctx.result.district), s.period, { deficits });
  for (const m of chooseMeasures(fired, missed)) {
    out.push({
      text: `${fillIn(m.def.district, fill)}.`, due: deadline(s.period, m.def.districtMonths),
      responsible: m.def.responsible, indicator: indicatorNow(ctx, m.def.indicator),
    });
  }
  const letter = schoolsWithProblems(ctx);
  if (letter.length > 0) {
    out.push({
      text: `Руководителям ${formatCount(letter.length, SCHOOLS_GENITIVE)}, которым направлены адресные рекомендации `
        + `(письмо ${referenceLine(s.document, 'letter')}), обеспечить их выполнение и представить информацию о выполнении.`,
      due: deadline(s.period, 9), responsible: SCHOOL_HEADS, indicator: 'показатели мониторинга образовательной организации',
    });
  }
  const missing = ctx.result.schools.filter((x) => !x.submitted);
  if (missing.length > 0) {
    out.push({
      text: `Руководителям образовательных организаций, не представивших данные мониторинга (${missing.map((x) => x.school.name)
        .join(', ')}), представить их.`,
      due: deadline(s.period, 1), responsible: SCHOOL_HEADS, indicator: 'число организаций, представивших данные',
    });
  }
  const withErrors = new Set(ctx.result.issues.filter((i) => i.severity === 'error' && i.school).map((i) => i.school)).size;
  if (withErrors > 0) {
    out.push({
      text: `Руководителям ${formatCount(withErrors, SCHOOLS_GENITIVE)}, в сведениях которых выявлены ошибки, исправить их `
        + `по листу «${SHEET_NAMES.errors}» таблицы мониторинга.`,
      due: deadline(s.period, 1), responsible: SCHOOL_HEADS, indicator: 'число ошибок в сведениях',
    });
  }
  out.push({ text: 'Контроль за исполнением настоящего приказа оставляю за собой.' });
  return out;
}

function isBelow(ctx: ReportContext, code: string): boolean {
  const t = ctx.target(code);
  const x = scaled(ctx.district(code));
  return t !== undefined && x !== null && x < t - 1e-9;
}

/** «действующее ПК (сейчас 61,1 %)». */
function indicatorNow(ctx: ReportContext, code: string): string {
  return `«${shortName(code)}» (сейчас ${valueWithUnit(indicatorDef(code), ctx.district(code))})`;
}

/**
 * «Эффективность принятых мер»: the causes whose rules fired on last year's figures (measures were due then),
 * their indicator then and now, and a verdict.
 */
function effectiveness(ctx: ReportContext, w: ReportWriter): void {
  const causes = [...new Set(ctx.previousFindings.filter((f) => f.fired).map((f) => f.rule.cause))] as Cause[];
  w.paragraph({ text: 'Эффективность принятых мер. ', bold: true },
    causes.length === 0
      ? `По итогам мониторинга за ${previousLabel(ctx).replace('учебным годом', 'учебный год')} нормативы были выполнены, `
        + 'дополнительные меры не принимались.'
      : `Меры, принятые по итогам мониторинга за ${previousLabel(ctx).replace('учебным годом', 'учебный год')}, оценены `
        + 'по тем же показателям:');
  if (causes.length === 0) return;
  const byCode = new Map(changes(ctx).map((c) => [c.def.code, c]));
  const rows: ReportCell[][] = causes.map((cause) => {
    const def = MEASURES_BY_CAUSE[cause];
    const code = def.indicator;
    const c = byCode.get(code);
    const before = c ? c.before : previousScaled(indicatorDef(code), undefined);
    const stillFired = ctx.findings.some((f) => f.fired && f.rule.cause === cause);
    const verdict = !stillFired ? 'норматив достигнут'
      : c?.delta === null || c?.delta === undefined ? 'нет данных для сравнения'
        : c.delta > 0 ? 'улучшение, норматив не достигнут' : 'улучшения нет';
    const unit = indicatorDef(code).unit === '%' ? 'п.п.' : indicatorDef(code).unit;
    return [
      { text: def.title }, { text: shortName(code) },
      { text: before === null ? '—' : fmt(code, before), align: 'center' },
      { text: c?.now === null || c?.now === undefined ? '—' : fmt(code, c.now), align: 'center' },
      { text: c?.delta === null || c?.delta === undefined ? '—' : formatChange(c.delta, unit), align: 'center' },
      { text: verdict },
    ];
  });
  w.table('Эффективность мер, принятых по итогам прошлого периода',
    ['Направление', 'Показатель', 'Было', 'Стало', 'Изменение', 'Оценка'], rows, { widths: [24, 18, 11, 11, 12, 24], dense: true });
}

function fmt(code: string, x: number): string {
  return indicatorDef(code).unit === '%' ? formatShare(x, 100) : formatNumber(x, 0);
}
