// Section 1: who submitted data, how many rows were read, used and excluded, how many errors and warnings.
import { SCHOOL_SHEET_KINDS, SHEET_NAMES, type SchoolSheetKind } from '../../catalogue/sheets';
import type { ReportContext } from '../context';
import { ERRORS, formatCount, formatNumber, formatShare, periodIn, SCHOOLS, SCHOOLS_GENITIVE, WARNINGS } from '../format';
import type { ReportCell } from '../model';
import type { ReportWriter } from '../writer';

const TEACHER_SHEET: SchoolSheetKind = 'Педагоги';

export function generalSection(ctx: ReportContext, w: ReportWriter): void {
  const { result } = ctx;
  const total = result.schools.length;
  const submitted = ctx.submitted.length;
  const missing = result.schools.filter((s) => !s.submitted);
  const where = ctx.settings.municipality ? ` ${ctx.settings.municipality}` : '';

  w.paragraph(
    `Справка подготовлена по результатам мониторинга профессионального развития педагогических работников образовательных организаций${where} ${periodIn(ctx.settings.period)}. `
    + `Сведения о педагогах, пройденных курсах и профессиональных мероприятиях внесены образовательными организациями в единую таблицу мониторинга и проверены автоматически.`,
  );
  if (missing.length === 0) {
    w.paragraph(total === 1 ? 'Данные представила единственная образовательная организация реестра.' : `Данные представили все ${formatCount(total, SCHOOLS)} из реестра.`);
  } else {
    w.paragraph(
      `Данные представили ${formatNumber(submitted, 0)} из ${formatCount(total, SCHOOLS_GENITIVE)} (${formatShare(submitted, total)}). `
      + `Не представили данные: ${missing.map((s) => s.school.name).join(', ')}. `
      + `Показатели этих организаций в справке не рассчитываются и не входят в показатели района.`,
    );
  }

  const rows: ReportCell[][] = SCHOOL_SHEET_KINDS.map((kind) => {
    const read = sum(result.schools.map((s) => s.rows[kind].read));
    const used = sum(result.schools.map((s) => s.rows[kind].used));
    const excluded = sum(result.schools.map((s) => s.rows[kind].excluded));
    return [{ text: kind }, num(read), num(used), num(excluded)];
  });
  w.table('Полнота данных: строки листов образовательных организаций', ['Лист', 'Прочитано строк', 'Учтено', 'Исключено'], rows, { widths: [40, 20, 20, 20] });

  const errors = result.issues.filter((i) => i.severity === 'error').length;
  const warnings = result.issues.length - errors;
  const excluded = sum(result.schools.flatMap((s) => SCHOOL_SHEET_KINDS.map((k) => s.rows[k].excluded)));
  if (result.issues.length === 0) {
    w.paragraph('При проверке данных ошибок и предупреждений не выявлено.');
  } else {
    w.paragraph(
      `При проверке выявлено: ${formatCount(errors, ERRORS)}, ${formatCount(warnings, WARNINGS)}. `
      + (excluded > 0
        ? `Из расчёта исключено строк: ${formatNumber(excluded, 0)} (записи без ФИО, повторы педагога, курсы и мероприятия педагогов, которых нет на листе «${TEACHER_SHEET}», курсы без даты окончания). `
        : 'Строк, исключённых из расчёта, нет. ')
      + `Значения с ошибкой в отдельной ячейке не учитываются, остальные сведения строки учтены. Перечень ошибок с адресами ячеек приведён на листе «${SHEET_NAMES.errors}» сводной таблицы.`,
    );
  }
}

const num = (n: number): ReportCell => ({ text: formatNumber(n, 0), align: 'center' });
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
