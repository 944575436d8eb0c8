// A school's status against the deadline (issue 12): pure, from what the build knows — rows, errors, two dates.
import type { SchoolStatus } from './catalogue/statuses';
import type { IsoDate } from './dates';

export interface StatusInput {
  /** Any data row on any of the school's three sheets. */
  hasData: boolean;
  /** The registry's «Дата сдачи» of this school, or null when empty. */
  submittedOn: IsoDate | null;
  /** The registry has the «Дата сдачи» column: submissions are recorded, data alone is not «сдала». */
  tracked: boolean;
  /** Errors (not warnings) on the school's sheets. */
  errors: number;
  /** «Срок сдачи», or null when `Параметры` has none. */
  deadline: IsoDate | null;
  /** Today where the district is; the deadline day itself is still in time. */
  today: IsoDate;
}

export function schoolStatus(s: StatusInput): SchoolStatus {
  // A date with empty sheets is not a submission: there is nothing to accept.
  const submitted = s.hasData && (!s.tracked || s.submittedOn !== null);
  if (submitted) return s.errors > 0 ? 'submittedWithErrors' : 'submitted';
  if (s.deadline !== null && s.today > s.deadline) return 'overdue';
  return s.hasData ? 'filling' : 'notStarted';
}
