// Letters to schools (issue 12): each registered school's own issues and status, composed once for both worlds.
import { SCHOOL_STATUSES, type SchoolStatus } from './catalogue/statuses';
import { SCHOOL_SHEET_KINDS } from './catalogue/sheets';
import { formatRu } from './dates';
import type { BuildResult, SchoolResult } from './districtResult';
import type { Issue } from './issues';
import { count, ERRORS, WARNINGS } from './plural';

/** No spaces, brackets, quotes or separators: an address goes into a mail header as it is. */
const ADDRESS_PART = '[^@\\s<>()\\[\\],;:"\\\\]+';
export const EMAIL = new RegExp(`^${ADDRESS_PART}@${ADDRESS_PART}\\.${ADDRESS_PART}$`);

/** The addresses of a registry cell («a@x.ru; b@y.ru»); anything that is not an address is left out. */
export function emailAddresses(text: string): string[] {
  return text
    .split(/[;,\s]+/)
    .map((e) => e.trim())
    .filter((e) => EMAIL.test(e));
}

export interface SchoolLetter {
  code: string;
  name: string;
  /** The registry's «Email ответственного»; empty — the letter is still made, the sender is told. */
  to: string[];
  subject: string;
  /** Plain text, lines joined by «\n» (each world encodes it its own way). */
  body: string;
  status: SchoolStatus;
  errors: number;
  warnings: number;
}

/** `Педагоги!D5` as the school sees it: its own file's sheet in per-school mode, `01 Педагоги` in a shared one. */
export function issuePlaceForSchool(i: Issue): string {
  return `${i.external ? i.external.sheetName : i.sheet}!${i.cell}`;
}

/** A school with nothing to hear about gets no letter: it submitted, and its sheets have no issue at all. */
function needsLetter(s: SchoolResult, issues: number): boolean {
  return s.status !== 'submitted' || issues > 0;
}

const STATUS_LINES: Record<SchoolStatus, (deadline: string | null) => string> = {
  notStarted: (d) =>
    `Данные ОО ещё не поступили: на её листах (${SCHOOL_SHEET_KINDS.join(', ')}) нет ни одной строки. `
    + (d ? `Заполните их до ${d} включительно.` : 'Заполните их, пожалуйста.'),
  filling: (d) =>
    'Данные вносятся, но ОО ещё не сообщила методисту, что закончила. Когда всё внесено и замечания '
    + `исправлены, сообщите методисту${d ? ` до ${d} включительно` : ''}.`,
  overdue: (d) =>
    `Срок сдачи${d ? ` (${d})` : ''} прошёл, а данные ОО не сданы. Внесите их как можно скорее `
    + 'и сообщите методисту.',
  submittedWithErrors: () =>
    'Данные сданы, но в них есть ошибки: строки и значения с ошибками не учитываются '
    + 'в показателях района. Исправьте их, пожалуйста.',
  submitted: () => 'Данные сданы. Проверьте, пожалуйста, предупреждения ниже.',
};

function subjectOf(s: SchoolResult, deadline: string | null): string {
  const due = deadline ? `, срок сдачи ${deadline}` : '';
  const what = s.status === 'overdue' || s.status === 'notStarted' ? 'данные не сданы' : 'замечания по данным';
  return `Мониторинг профессионального развития педагогов: ${what} — ${s.school.name}${due}`;
}

/**
 * One letter per registered school that has not submitted or has issues, in registry order. Only the school's own
 * issues, with their `message` (its own teachers as its sheets name them): nothing of another school.
 */
export function schoolLetters(result: BuildResult): SchoolLetter[] {
  const deadline = result.settings.deadline ? formatRu(result.settings.deadline) : null;
  const bySchool = new Map<string, Issue[]>();
  for (const i of result.issues) {
    if (i.school === undefined) continue;
    const list = bySchool.get(i.school) ?? [];
    list.push(i);
    bySchool.set(i.school, list);
  }
  const { start, end } = result.settings.period;
  const district = result.settings.municipality ? ` ${result.settings.municipality}` : '';
  return result.schools.flatMap((s) => {
    const issues = bySchool.get(s.school.code) ?? [];
    if (!needsLetter(s, issues.length)) return [];
    const errors = issues.filter((i) => i.severity === 'error');
    const warnings = issues.filter((i) => i.severity === 'warning');
    const lines = [
      'Здравствуйте!',
      '',
      `Это письмо о данных ${s.school.name} (код ОО ${s.school.code}) для мониторинга профессионального развития `
        + `педагогов${district} за период ${formatRu(start)} – ${formatRu(end)}.`,
      '',
      `Статус: ${SCHOOL_STATUSES[s.status].label}.${deadline ? ` Срок сдачи: ${deadline}.` : ''}`,
      STATUS_LINES[s.status](deadline),
    ];
    const list = (title: string, items: readonly Issue[]) => {
      if (items.length === 0) return;
      lines.push('', `${title}:`);
      items.forEach((i, n) => lines.push(`${n + 1}. ${issuePlaceForSchool(i)} — ${i.message}`));
    };
    if (issues.length > 0)
      lines.push('', `Замечания: ${count(errors.length, ERRORS)}, ${count(warnings.length, WARNINGS)}.`);
    list('Ошибки (строка или значение не учитываются, пока не исправлены)', errors);
    list('Предупреждения (значение учитывается, проверьте его)', warnings);
    lines.push(
      '',
      'Письмо составлено программой PedMonitor по последней проверке данных. '
        + 'Вопросы — методисту, который его отправил.',
    );
    return [
      {
        code: s.school.code,
        name: s.school.name,
        to: emailAddresses(s.school.email),
        subject: subjectOf(s, deadline),
        body: lines.join('\n'),
        status: s.status,
        errors: errors.length,
        warnings: warnings.length,
      },
    ];
  });
}
