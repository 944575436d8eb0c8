// Appendix 2: how the data was accounted for — rows read, used and excluded, and the problems found, by ОО.
import { SCHOOL_SHEET_KINDS, SHEET_NAMES } from '../../catalogue/sheets';
import type { ReportContext } from '../context';
import { ERRORS, formatCount, formatNumber, WARNINGS } from '../format';
import type { ReportCell } from '../model';
import type { ReportWriter } from '../writer';

const num = (n: number): ReportCell => ({ text: formatNumber(n, 0), align: 'center' });

export function accountingAppendix(ctx: ReportContext, w: ReportWriter): void {
  const { result } = ctx;
  const sum = (pick: (s: (typeof result.schools)[number]) => number) => result.schools.reduce((n, s) => n + pick(s), 0);
  w.paragraph(
    'Каждая строка, внесённая образовательной организацией, либо учтена в расчёте, либо исключена с замечанием: '
      + 'прочитано = учтено + исключено. Исключаются записи без ФИО, повторы педагога, курсы и мероприятия педагогов, '
      + 'которых нет в списке педагогов организации, курсы без даты окончания. Значение с ошибкой в отдельной ячейке '
      + 'не учитывается, остальные сведения строки учтены.',
  );
  w.table(
    'Учёт строк по листам образовательных организаций',
    ['Лист', 'Прочитано строк', 'Учтено', 'Исключено'],
    SCHOOL_SHEET_KINDS.map((kind) => [
      { text: kind },
      num(sum((s) => s.rows[kind].read)),
      num(sum((s) => s.rows[kind].used)),
      num(sum((s) => s.rows[kind].excluded)),
    ]),
    { widths: [40, 20, 20, 20] },
  );

  const errors = result.issues.filter((i) => i.severity === 'error').length;
  const warnings = result.issues.length - errors;
  if (result.issues.length === 0) {
    w.paragraph('При проверке сведений ошибок и предупреждений не выявлено.');
    return;
  }
  w.paragraph(
    `При проверке выявлено ${formatCount(errors, ERRORS)} и ${formatCount(warnings, WARNINGS)}. `
      + `Перечень замечаний с адресами ячеек — на листе «${SHEET_NAMES.errors}» сводной таблицы мониторинга; `
      + 'ниже — их число по организациям и столбцы, к которым они относятся.',
  );
  const rows: ReportCell[][] = [];
  const groups: { name: string; code?: string }[] = [
    ...result.schools.map((s) => ({ name: s.school.name, code: s.school.code })),
    { name: 'Лист «Параметры» и реестр ОО' },
  ];
  for (const g of groups) {
    const own = result.issues.filter((i) => (g.code === undefined ? i.school === undefined : i.school === g.code));
    if (own.length === 0) continue;
    const school = result.schools.find((s) => s.school.code === g.code);
    const excluded = school ? SCHOOL_SHEET_KINDS.reduce((n, k) => n + school.rows[k].excluded, 0) : 0;
    // Column headers only: a message may quote what the school typed (a teacher's name), a header never does.
    const columns = [...new Set(own.map((i) => i.column).filter((c) => c !== ''))].map((c) => `«${c}»`).join(', ');
    rows.push([
      { text: g.name },
      num(own.filter((i) => i.severity === 'error').length),
      num(own.filter((i) => i.severity !== 'error').length),
      num(excluded),
      { text: columns },
    ]);
  }
  w.table(
    'Замечания по образовательным организациям',
    ['Образовательная организация', 'Ошибок', 'Предупреждений', 'Исключено строк', 'Столбцы с замечаниями'],
    rows,
    { widths: [30, 11, 14, 12, 33], dense: true },
  );
}
