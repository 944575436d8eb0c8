// «Напомнить школам» (issue 12): the letters of the last check, previewed, then sent through Google's mail quota.
import { ACTIONS } from '../core/catalogue/labels';
import { SCHOOL_STATUS_ORDER } from '../core/catalogue/statuses';
import type { BuildResult } from '../core/districtResult';
import { DataError } from '../core/errors';
import { count } from '../core/plural';
import { schoolLetters, type SchoolLetter } from '../core/reminders';
import type { ReminderResult, RemindersOutcome, RemindersPreview } from '../shared/contract';
import { errorText } from './errorText';
import type { Ports } from './ports';

const LETTERS_KEY = 'letters';
const SENT_KEY = 'letters.sent';
const LETTERS = ['письмо', 'письма', 'писем'] as const;

interface StoredLetters {
  /** ISO timestamp of the check the letters were composed from. */
  checkedAt: string;
  letters: SchoolLetter[];
}

/** After every finished build: the letters its result calls for, for «Напомнить школам». */
export function saveLetters(ports: Ports, result: BuildResult): void {
  const stored: StoredLetters = { checkedAt: ports.clock.stamp(), letters: schoolLetters(result) };
  ports.store.set(LETTERS_KEY, JSON.stringify(stored));
  ports.store.remove(SENT_KEY);
}

function readLetters(ports: Ports): StoredLetters {
  const text = ports.store.get(LETTERS_KEY);
  if (text === null)
    throw new DataError(`Письма составляются по последней проверке: сначала нажмите «${ACTIONS.check}».`);
  return JSON.parse(text) as StoredLetters;
}

/** Schools already sent this check's letter (code → when): a second click sends nobody twice. */
function sentBefore(ports: Ports): Record<string, string> {
  const text = ports.store.get(SENT_KEY);
  return text === null ? {} : (JSON.parse(text) as Record<string, string>);
}

export function previewReminders(ports: Ports): RemindersPreview {
  const { checkedAt, letters } = readLetters(ports);
  const quota = ports.mail ? ports.mail.remainingDailyQuota() : null;
  const sent = sentBefore(ports);
  const recipients = letters.reduce((n, l) => n + (sent[l.code] ? 0 : l.to.length), 0);
  const noAddress = letters.filter((l) => l.to.length === 0).length;
  const parts = [`${count(letters.length, LETTERS)} по проверке`];
  if (noAddress > 0) parts.push(`без адреса — ${noAddress}`);
  if (quota !== null) parts.push(`адресатов ${recipients}, дневная квота Google — ${quota}`);
  const short =
    quota !== null && quota < recipients ? ' Квоты не хватит на все: сначала уйдут письма ОО, не сдавшим данные.' : '';
  return {
    checkedAt,
    quota,
    letters: letters.map((l) => ({ ...l, sentAt: sent[l.code] ?? null })),
    message: `${parts.join('; ')}.${short}`,
  };
}

/** Google's words for a spent daily quota. */
const QUOTA_SPENT = /too many times for one day|quota|limit exceeded/i;

/**
 * One letter per school of the last check: those who have not submitted first. The quota is read before any letter;
 * a letter that does not fit in it is not sent (and said so), the others go. Nothing is sent twice for one check.
 */
export function sendReminders(ports: Ports, deadlineMs: number): { results: ReminderResult[]; message: string } {
  const mail = ports.mail;
  if (!mail) throw new DataError('Отправка писем доступна только в Google Таблицах. Офлайн: pedmonitor feedback.');
  const { letters } = readLetters(ports);
  const sent = sentBefore(ports);
  let remaining = mail.remainingDailyQuota();
  const waiting = letters.filter((l) => l.to.length > 0 && !sent[l.code]);
  if (waiting.length > 0 && remaining < Math.min(...waiting.map((l) => l.to.length))) {
    throw new DataError(
      `Дневная квота Google на письма исчерпана (осталось ${remaining}): ни одно письмо не отправлено. `
        + 'Квота восстановится в течение суток; письма можно отправить и вручную из предпросмотра.',
    );
  }
  const rank = (l: SchoolLetter) => SCHOOL_STATUS_ORDER.indexOf(l.status);
  const order = [...letters].sort((a, b) => rank(a) - rank(b));
  const results = new Map<string, ReminderResult>();
  for (const l of order) {
    const result = (sent: boolean, detail: string) => results.set(l.code, { code: l.code, name: l.name, sent, detail });
    if (sent[l.code]) result(false, `уже отправлено ${sent[l.code]}`);
    else if (l.to.length === 0) result(false, 'нет адреса в «Email ответственного» реестра');
    else if (l.to.length > remaining) result(false, 'не отправлено: не хватило дневной квоты Google');
    else if (ports.clock.now() >= deadlineMs) result(false, 'не отправлено: время запуска истекло — нажмите ещё раз');
    else {
      try {
        mail.send(l.to, l.subject, l.body);
        remaining -= l.to.length;
        sent[l.code] = ports.clock.stamp();
        result(true, `отправлено: ${l.to.join(', ')}`);
      } catch (e) {
        const text = errorText(e);
        if (QUOTA_SPENT.test(text)) remaining = 0;
        result(
          false,
          QUOTA_SPENT.test(text)
            ? 'не отправлено: Google сообщил, что дневная квота исчерпана'
            : `не отправлено: ${text.slice(0, 160)}`,
        );
      }
    }
  }
  ports.store.set(SENT_KEY, JSON.stringify(sent));
  const list = letters.map((l) => results.get(l.code) as ReminderResult);
  const done = list.filter((r) => r.sent).length;
  return { results: list, message: `Отправлено ${done} из ${count(letters.length, LETTERS)}.` };
}

export type { RemindersOutcome };
