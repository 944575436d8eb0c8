// Section 2: the teaching staff — K1–K6 (numbers, young, pension age, part-timers, profile, categories).
import { sectionIndicators } from '../../catalogue/indicators';
import { HIGH_CATEGORIES } from '../../catalogue/lists';
import { termsFor } from '../../catalogue/terms';
import { plural } from '../../plural';
import { countOf, type ReportContext } from '../context';
import { formatCount, formatNumber, NBSP, quotedList, TEACHERS, verbFor, YEARS_GENITIVE } from '../format';
import { indicatorRows } from '../tables';
import { valueText } from '../values';
import type { ReportWriter } from '../writer';

export function staffSection(ctx: ReportContext, w: ReportWriter): void {
  const s = ctx.settings;
  const d = (code: string) => ctx.district(code);
  const n = (code: string) => formatNumber(countOf(d(code)), 0);
  const people = (code: string) => formatCount(countOf(d(code)), TEACHERS);
  const total = countOf(d('K1'));
  const verb = verbFor(total, 'работает', 'работают');
  w.paragraph(
    `В образовательных организациях, представивших данные, ${verb} ${formatCount(total, TEACHERS)}. `
      + `Молодых педагогов (в возрасте до ${formatNumber(s.youngAge, 0)}${NBSP}лет включительно со стажем менее ${formatNumber(s.youngExperience, 0)}${NBSP}${plural(s.youngExperience, YEARS_GENITIVE)}) — ${n('K2')} (${valueText(d('K2'))}), `
      + `педагогов пенсионного возраста (${formatNumber(s.pensionAge, 0)}${NBSP}лет и старше) — ${n('K3')} (${valueText(d('K3'))}), `
      + `совместителей — ${n('K4')} (${valueText(d('K4'))}).`,
  );
  w.paragraph(
    `Образование, соответствующее профилю преподаваемого предмета, ${verbFor(countOf(d('K5')), 'имеет', 'имеют')} ${people('K5')} (${valueText(d('K5'))}). `
      + `Квалификационную категорию ${quotedList(termsFor(HIGH_CATEGORIES, s.period.end))} ${verbFor(countOf(d('K6')), 'имеет', 'имеют')} ${people('K6')} (${valueText(d('K6'))}).`,
  );
  const t = indicatorRows(ctx, sectionIndicators('staff'));
  w.table('Кадровый состав педагогических работников', t.header, t.rows, { widths: t.widths });
}
