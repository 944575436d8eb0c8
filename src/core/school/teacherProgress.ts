// Validates what issue 10 added to `Педагоги`: deficits overcome at repeat diagnostics and the date a teacher left.
import type { DeficitType } from '../catalogue/lists';
import type { teacherColumns } from '../catalogue/teacherColumns';
import { formatRu, type IsoDate } from '../dates';
import { quote, type Issue } from '../issues';
import type { TableRow } from '../table';
import type { CheckContext } from './context';
import type { TeacherValues } from './teachers';

/** Whether the teacher is still on the staff at period end: left before the period, within it, or not at all. */
export type Leaving = 'before' | 'period' | null;

export interface Progress {
  /** Deficits found at the first diagnostics and confirmed overcome by period end. */
  overcome: DeficitType[];
  /** Date of the repeat diagnostics that counts for this period. */
  overcomeDate: IsoDate | null;
  leaving: Leaving;
}

type At = (key: keyof typeof teacherColumns, code: Issue['code'], message: string) => void;

export function checkProgress(
  r: TableRow<typeof teacherColumns>,
  v: TeacherValues,
  ctx: CheckContext,
  at: At,
): Progress {
  const { period } = ctx.settings;
  const found = v.deficits.filter((d): d is DeficitType => d !== 'нет');
  let overcomeDate = v.overcomeDate;
  if (overcomeDate !== null && v.diagnosticsDate !== null && overcomeDate <= v.diagnosticsDate) {
    // A repeat diagnostics can only follow the first one: the date is mistyped, and nothing counts as overcome.
    at(
      'overcomeDate',
      'overcome_before_diagnostics',
      `Дата повторной диагностики ${formatRu(overcomeDate)} не позже первой диагностики (${formatRu(v.diagnosticsDate)}). Значение не учтено: исправьте одну из дат.`,
    );
    overcomeDate = null;
  } else if (overcomeDate !== null && overcomeDate > period.end) {
    at(
      'overcomeDate',
      'diagnostics_after_period',
      `Дата повторной диагностики ${formatRu(overcomeDate)} позже конца отчётного периода (${formatRu(period.end)}): в этом периоде преодоление дефицитов не учитывается.`,
    );
    overcomeDate = null;
  }
  const unknown = v.overcome.filter((d) => !found.includes(d));
  if (unknown.length > 0) {
    at(
      'overcome',
      'overcome_not_found',
      `${unknown.length === 1 ? 'Дефицит' : 'Дефициты'} ${unknown.map(quote).join(', ')} отмечен${unknown.length === 1 ? '' : 'ы'} преодолённым${unknown.length === 1 ? '' : 'и'}, но не указан${unknown.length === 1 ? '' : 'ы'} в «Выявленные дефициты» — не учитывается. Добавьте дефицит в выявленные или уберите его отсюда.`,
    );
  }
  const listed = v.overcome.filter((d) => found.includes(d));
  if (listed.length > 0 && v.overcomeDate === null && !r.invalid.has('overcomeDate')) {
    at(
      'overcomeDate',
      'overcome_date_missing',
      'Дефициты отмечены преодолёнными, но не указана дата повторной диагностики — преодоление не учитывается.',
    );
  }
  return { overcome: overcomeDate === null ? [] : listed, overcomeDate, leaving: leavingOf(v, ctx, at) };
}

function leavingOf(v: TeacherValues, ctx: CheckContext, at: At): Leaving {
  const { period } = ctx.settings;
  const left = v.leftDate;
  if (left === null) return null;
  if (left > period.end) {
    at(
      'leftDate',
      'date_after_period_end',
      `Дата увольнения ${formatRu(left)} позже конца отчётного периода (${formatRu(period.end)}). Значение не учтено: педагог считается работающим.`,
    );
    return null;
  }
  if (left < period.start) {
    at(
      'leftDate',
      'teacher_left_before_period',
      `Педагог уволился ${formatRu(left)}, до начала отчётного периода (${formatRu(period.start)}), и не учитывается ни в одном показателе. Строку можно удалить.`,
    );
    return 'before';
  }
  return 'period';
}
