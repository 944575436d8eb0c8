// Who is using Google right now, and what Sheets lets that user do: the users of a district year, protections by user.

/** The district's methodologist who owns the workbook (and every school file the add-on creates). */
export const OWNER = 'metodist@kuzroo.example';
/** A second methodologist of the same district, listed in `Параметры`, editor of the workbook. */
export const COLLEAGUE = 'metodist2@kuzroo.example';
/** The responsible person of school 01: an editor of the shared workbook, or of its own school file. */
export const SCHOOL_EDITOR = 'school01@kuzroo.example';

/** Google's words when someone writes where a protection forbids it. */
export const PROTECTED =
  'You are trying to edit a protected cell or object. '
  + 'Please contact the spreadsheet owner to remove protection if you need to edit.';
/** Google's words when the user may not edit the file at all. */
export const NO_EDIT = 'You do not have permission to edit this range.';

/** The user an execution runs as; one object shared by every fake of a FakeGoogle. */
export class Session {
  user = OWNER;
}
