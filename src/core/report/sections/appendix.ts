// Appendix: how each indicator is computed — the catalogue's method split into numerator and denominator.
import { NO_DATA } from '../../catalogue/labels';
import { BASE_INDICATORS, type IndicatorDef } from '../../catalogue/indicators';
import { RULES } from '../../catalogue/rules';
import { periodWording } from '../../catalogue/terms';
import type { ReportCell } from '../model';
import type { ReportWriter } from '../writer';
import type { ReportContext } from '../context';
import { capitalise, formatNumber, NBSP, YEARS_GENITIVE } from '../format';
import { plural, YEARS } from '../../plural';

/** A method reads «numerator / denominator.» for shares and means; counts have no denominator. */
export function methodParts(def: IndicatorDef, periodEnd?: string): { numerator: string; denominator: string } {
  const method = periodEnd ? periodWording(def.method, periodEnd) : def.method;
  const parts = method.split(' / ');
  if (def.kind === 'count' || parts.length !== 2) return { numerator: method, denominator: NO_DATA };
  return { numerator: `${parts[0]}.`, denominator: capitalise(parts[1]) };
}

export function appendixSection(ctx: ReportContext, w: ReportWriter): void {
  const s = ctx.settings;
  w.paragraph(
    'Показатели рассчитываются по сведениям, учтённым после проверки. Доля района — отношение суммы числителей к сумме знаменателей по всем образовательным организациям, '
      + 'представившим данные, а не среднее долей организаций. Если знаменатель равен нулю, вместо значения ставится «—». '
      + `Параметры расчёта: периодичность повышения квалификации — ${formatNumber(s.cycleYears, 0)}${NBSP}${plural(s.cycleYears, YEARS)}, `
      + `молодой педагог — возраст до ${formatNumber(s.youngAge, 0)}${NBSP}лет включительно и стаж менее ${formatNumber(s.youngExperience)}${NBSP}${plural(s.youngExperience, YEARS_GENITIVE)}, `
      + `пенсионный возраст — ${formatNumber(s.pensionAge, 0)}${NBSP}лет. Возраст определяется как разность года окончания периода и года рождения.`,
  );
  const rows: ReportCell[][] = BASE_INDICATORS.map((def) => {
    const m = methodParts(def, s.period.end);
    return [{ text: def.code, align: 'center' }, { text: def.name }, { text: m.numerator }, { text: m.denominator }];
  });
  w.table('Методика расчёта показателей', ['Код', 'Показатель', 'Числитель (что считается)', 'Знаменатель'], rows, {
    widths: [9, 27, 36, 28],
    dense: true,
  });
  w.note(
    'D1:<предмет> — тот же показатель D1 среди педагогов, преподающих предмет (педагог учитывается по каждому своему предмету); '
      + 'D2:<дефицит> — число педагогов, указавших этот тип дефицита в сведениях о диагностике.',
  );
}

/** The rule table: each norm the conclusions are drawn from, its threshold and what it rests on. */
export function rulesAppendix(ctx: ReportContext, w: ReportWriter): void {
  const cycle = ctx.settings.cycleYears;
  w.paragraph(
    'Кроме целевых значений, заданных районом, выводы справки опираются на нормативы, приведённые в таблице.',
  );
  w.table(
    'Нормативы, по которым делаются выводы',
    ['Норматив', 'Порог', 'Обоснование'],
    RULES.map((r) => [
      { text: r.title },
      {
        text: r.scale === 'percent' ? `не ниже ${formatNumber(r.threshold(cycle))}${NBSP}%` : 'не больше обученных',
        align: 'center',
      },
      { text: r.basis },
    ]),
    { widths: [38, 16, 46], dense: true },
  );
}
