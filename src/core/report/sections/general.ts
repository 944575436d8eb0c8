// Section 1: what the справка rests on — the period, and data completeness in one sentence (details: appendix 2).
import type { ReportContext } from '../context';
import { formatCount, formatNumber, formatShare, periodIn, SCHOOLS_GENITIVE } from '../format';
import type { ReportWriter } from '../writer';

const TEACHERS_PREP = ['педагоге', 'педагогах', 'педагогах'] as const;
const COURSES_PREP = ['курсе', 'курсах', 'курсах'] as const;
const EVENTS_PREP = ['мероприятии', 'мероприятиях', 'мероприятиях'] as const;

export function generalSection(ctx: ReportContext, w: ReportWriter): void {
  const { result } = ctx;
  const total = result.schools.length;
  const missing = result.schools.filter((s) => !s.submitted);
  const where = ctx.settings.municipality ? ` ${ctx.settings.municipality}` : '';
  const used = (kind: 'Педагоги' | 'Курсы' | 'Мероприятия') =>
    result.schools.reduce((n, s) => n + s.rows[kind].used, 0);
  w.paragraph(
    'Справка подготовлена по результатам мониторинга профессионального развития педагогических работников '
      + `образовательных организаций${where} ${periodIn(ctx.settings.period)}.`,
  );
  const who =
    missing.length === 0
      ? total === 1
        ? 'Данные представила единственная образовательная организация'
        : `Данные представили все ${formatCount(total, SCHOOLS_GENITIVE)}`
      : `Данные представили ${formatNumber(total - missing.length, 0)} из ${formatCount(total, SCHOOLS_GENITIVE)} `
        + `(${formatShare(total - missing.length, total)}), ${missing.length === 1 ? 'не представила' : 'не представили'} — `
        + missing.map((s) => s.school.name).join(', ');
  w.paragraph(
    `${who}; в расчёт включены сведения о ${formatCount(used('Педагоги'), TEACHERS_PREP)}, `
      + `${formatCount(used('Курсы'), COURSES_PREP)} и ${formatCount(used('Мероприятия'), EVENTS_PREP)} `
      + '(учёт сведений — в приложении 2).',
  );
}
