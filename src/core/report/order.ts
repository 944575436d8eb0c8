// The draft приказ of management decisions: numbered measures with срок, ответственный and indicator; effectiveness.
import { DEFICIT_INDICATORS } from '../catalogue/indicators';
import { DEFICIT_TYPES } from '../catalogue/lists';
import { MEASURES_BY_CAUSE, SCHOOL_HEADS } from '../catalogue/measures';
import type { Cause } from '../catalogue/rules';
import { SHEET_NAMES } from '../catalogue/sheets';
import { shortName } from '../catalogue/wording';
import type { BuildResult } from '../districtResult';
import type { Forms } from '../plural';
import type { Summary } from '../summary';
import { documentHead, referenceLine, signatureBlock } from './attributes';
import { countOf, reportContext, type ReportContext } from './context';
import { figuresOf } from './findings';
import { formatChange, formatCount, formatNumber, formatShare, periodPhrase, SCHOOLS_GENITIVE } from './format';
import { fileYear } from './letter';
import { chooseMeasures, deadline, fillIn, measureFill, nextYear } from './measures';
import { expectedLevel, schoolsWithProblems } from './problems';
import type { ReportCell, ReportDoc } from './model';
import { changes, previousScaled } from './sections/dynamics';
import { previousLabel } from './sections/tail';
import { isBelowTarget, scaled } from '../targets';
import { indicatorDef, valueWithUnit } from './values';
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
    const tail = [
      p.due ? `Срок: ${p.due}.` : '',
      p.responsible ? `Ответственный: ${p.responsible}.` : '',
      p.indicator ? `Показатель результата: ${p.indicator}.` : '',
    ]
      .filter((x) => x !== '')
      .join(' ');
    w.paragraph(`${i + 1}. ${p.text}${tail ? ` ${tail}` : ''}`);
  });
  return {
    // «Проект» is a mark in the corner, not a subtitle under the title: the title already says what the order is.
    head: { ...documentHead(s, 'order'), mark: 'Проект' },
    title: `${ORDER_TITLE} ${periodPhrase(s.period)}`,
    fileName: `Проект приказа об итогах мониторинга ${fileYear(s.period)}`,
    blocks: w.blocks,
    signature: signatureBlock(s),
  };
}

function points(ctx: ReportContext): Point[] {
  const s = ctx.settings;
  const out: Point[] = [
    {
      text:
        `Утвердить аналитическую справку о профессиональном развитии педагогических работников `
        + `${periodPhrase(s.period)} (приложение).`,
    },
  ];
  const fired = ctx.findings.filter((f) => f.fired);
  const missed = ctx.result.targets.filter((t) => t.below.length > 0 || isBelow(ctx, t.code)).map((t) => t.code);
  const deficits =
    DEFICIT_TYPES.map((deficit, i) => ({ deficit, n: countOf(ctx.district(DEFICIT_INDICATORS[i].code)) }))
      .filter((x) => x.n > 0)
      .sort((a, b) => b.n - a.n)
      .slice(0, 3)
      .map((x) => `${x.deficit} (${formatNumber(x.n, 0)}\u00a0чел.)`)
      .join(', ') || 'по итогам диагностики';
  const fill = measureFill(figuresOf(ctx.result.district), s.period, { deficits });
  for (const m of chooseMeasures(fired, missed)) {
    out.push({
      text: `${fillIn(m.def.district, fill)}.`,
      due: deadline(s.period, m.def.districtMonths),
      responsible: m.def.responsible,
      indicator: indicatorExpected(ctx, m.def.indicator),
    });
  }
  const letter = schoolsWithProblems(ctx);
  if (letter.length > 0) {
    out.push({
      text:
        `Руководителям ${formatCount(letter.length, SCHOOLS_GENITIVE)}, которым направлены адресные рекомендации `
        + `(письмо ${referenceLine(s.document, 'letter')}), обеспечить их выполнение и представить информацию о выполнении.`,
      due: deadline(s.period, 9),
      responsible: SCHOOL_HEADS,
      indicator: 'показатели мониторинга образовательной организации',
    });
  }
  const missing = ctx.result.schools.filter((x) => !x.submitted);
  if (missing.length > 0) {
    const all = ctx.result.schools.length;
    out.push({
      text: `Руководителям образовательных организаций, не представивших данные мониторинга (${missing
        .map((x) => x.school.name)
        .join(', ')}), представить их.`,
      due: deadline(s.period, 1),
      responsible: SCHOOL_HEADS,
      indicator:
        `число организаций, представивших данные, — все ${formatNumber(all, 0)} `
        + `(сейчас ${formatNumber(all - missing.length, 0)})`,
    });
  }
  const errors = ctx.result.issues.filter((i) => i.severity === 'error' && i.school);
  const withErrors = ctx.result.schools.filter((x) => errors.some((i) => i.school === x.school.code));
  if (withErrors.length > 0) {
    out.push({
      text: `Руководителям образовательных организаций, в сведениях которых выявлены ошибки (${withErrors
        .map((x) => x.school.name)
        .join(', ')}), исправить их по листу «${SHEET_NAMES.errors}» таблицы мониторинга.`,
      due: deadline(s.period, 1),
      responsible: SCHOOL_HEADS,
      indicator: `число ошибок в сведениях — 0 (сейчас ${formatNumber(errors.length, 0)})`,
    });
  }
  out.push({ text: 'Контроль за исполнением настоящего приказа оставляю за собой.' });
  return out;
}

function isBelow(ctx: ReportContext, code: string): boolean {
  return isBelowTarget(scaled(ctx.district(code)), ctx.target(code));
}

/** «Действующее ПК» не ниже 90 % в мониторинге за 2021/2022 учебный год (сейчас 61,1 %). */
function indicatorExpected(ctx: ReportContext, code: string): string {
  const v = ctx.district(code);
  const level = expectedLevel(code, v, ctx.findings, ctx.target(code));
  const now = `сейчас ${valueWithUnit(indicatorDef(code), v)}`;
  return level
    ? `«${shortName(code)}» ${level} в мониторинге за ${nextYear(ctx.settings.period)} (${now})`
    : `«${shortName(code)}» (${now})`;
}

/**
 * «Эффективность принятых мер»: the causes whose rules fired on last year's figures (measures were due then),
 * their indicator then and now, a verdict, and one line of total.
 */
function effectiveness(ctx: ReportContext, w: ReportWriter): void {
  const causes = [...new Set(ctx.previousFindings.filter((f) => f.fired).map((f) => f.rule.cause))] as Cause[];
  const last = previousLabel(ctx).replace('учебным годом', 'учебный год');
  w.paragraph(
    { text: 'Эффективность принятых мер. ', bold: true },
    causes.length === 0
      ? `По итогам мониторинга за ${last} нормативы были выполнены, дополнительные меры не требовались.`
      : `По итогам мониторинга за ${last} меры требовались по ${formatCount(causes.length, DIRECTIONS)}; `
          + 'их результат — по тем же показателям:',
  );
  if (causes.length === 0) return;
  const byCode = new Map(changes(ctx).map((c) => [c.def.code, c]));
  const verdicts = causes.map((cause) => {
    const def = MEASURES_BY_CAUSE[cause];
    const c = byCode.get(def.indicator);
    const delta = c?.delta ?? null;
    const met = !ctx.findings.some((f) => f.fired && f.rule.cause === cause);
    const verdict: Verdict = met
      ? 'met'
      : delta === null
        ? 'unknown'
        : delta > 0
          ? 'better'
          : delta < 0
            ? 'worse'
            : 'same';
    return { def, c, delta, verdict };
  });
  const rows: ReportCell[][] = verdicts.map(({ def, c, delta, verdict }) => {
    const code = def.indicator;
    const before = c ? c.before : previousScaled(indicatorDef(code), undefined);
    const unit = indicatorDef(code).unit === '%' ? 'п.п.' : indicatorDef(code).unit;
    // The direction and its indicator in one cell: «ИОМ на основе диагностики» is both, and is said once.
    const what = def.title === shortName(code) ? def.title : `${def.title} («${shortName(code)}»)`;
    return [
      { text: what },
      { text: before === null ? '—' : fmt(code, before), align: 'center' },
      { text: c?.now === null || c?.now === undefined ? '—' : fmt(code, c.now), align: 'center' },
      { text: delta === null ? '—' : formatChange(delta, unit), align: 'center' },
      { text: VERDICTS[verdict] },
    ];
  });
  w.table(
    'Эффективность мер, принятых по итогам прошлого периода',
    ['Направление (показатель)', 'Было', 'Стало', 'Изменение', 'Оценка'],
    rows,
    { widths: [38, 12, 12, 13, 25], dense: true },
  );
  const count = (v: Verdict) => verdicts.filter((x) => x.verdict === v).length;
  const parts = [
    ['met', 'норматив достигнут'],
    ['better', 'улучшение'],
    ['same', 'без изменений'],
    ['worse', 'ухудшение'],
  ].flatMap(([v, label]) => (count(v as Verdict) > 0 ? [`${label} — ${formatNumber(count(v as Verdict), 0)}`] : []));
  w.paragraph(
    `Из ${formatCount(causes.length, DIRECTIONS_OF)}: ${parts.join(', ')}.`
      + (count('worse') + count('same') > 0
        ? ' Меры по направлениям без улучшения повторены в настоящем приказе — '
          + 'с ответственным, сроком и ожидаемым уровнем показателя.'
        : ''),
  );
}

type Verdict = 'met' | 'better' | 'same' | 'worse' | 'unknown';
const VERDICTS: Readonly<Record<Verdict, string>> = {
  met: 'норматив достигнут',
  better: 'улучшение, норматив не достигнут',
  same: 'без изменений, норматив не достигнут',
  worse: 'ухудшение',
  unknown: 'нет данных для сравнения',
};
/** «по 5 направлениям»: the dative after «по». */
const DIRECTIONS: Forms = ['направлению', 'направлениям', 'направлениям'];
/** «из 5 направлений»: the genitive after «из». */
const DIRECTIONS_OF: Forms = ['направления', 'направлений', 'направлений'];

function fmt(code: string, x: number): string {
  const def = indicatorDef(code);
  return def.unit === '%' ? formatShare(x, 100) : `${formatNumber(x, 0)}\u00a0${def.unit}`;
}
