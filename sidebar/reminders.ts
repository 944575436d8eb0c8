// «Напомнить школам» in the panel: the letters of the last check to read first, then sent, with a result per school.
import { SCHOOL_STATUSES } from '../src/core/catalogue/statuses';
import type { RemindersOutcome, RemindersPreview } from '../src/shared/contract';
import { append, byId, clear, el, setText } from './dom';
import { whenText } from './view';

/** The preview: one closed entry per letter (subject, to, text), the quota and the send button. */
export function renderReminderPreview(preview: RemindersPreview | null): void {
  const box = byId('reminders');
  box.hidden = preview === null;
  const list = byId('reminders-list');
  clear(list);
  if (preview === null) return;
  setText(byId('reminders-summary'), `По проверке ${whenText(preview.checkedAt)}: ${preview.message}`);
  for (const l of preview.letters) {
    const to = l.to.length > 0 ? l.to.join(', ') : 'адреса нет — письмо не уйдёт';
    const sent = l.sentAt ? ` · уже отправлено ${whenText(l.sentAt)}` : '';
    list.appendChild(
      el(
        'li',
        {},
        el(
          'details',
          { className: 'letter', attrs: { 'data-school': l.code } },
          el('summary', {}, `${l.name} — ${SCHOOL_STATUSES[l.status].label}${sent}`),
          el('p', { className: 'small gray' }, `Кому: ${to}`),
          el('p', { className: 'small' }, `Тема: ${l.subject}`),
          el('pre', { className: 'letter-body small' }, l.body),
        ),
      ),
    );
  }
  const send = byId<HTMLButtonElement>('btn-send-reminders');
  send.dataset.done = preview.letters.every((l) => l.to.length === 0 || l.sentAt) ? '1' : '0';
  send.disabled = send.dataset.done === '1';
}

/** After sending: each school's result in place of the preview. */
export function renderReminderResults(outcome: RemindersOutcome): void {
  const list = byId('reminders-list');
  clear(list);
  setText(byId('reminders-summary'), outcome.message);
  for (const r of outcome.results) {
    append(
      list,
      el('li', { className: r.sent ? 'sent' : 'not-sent', attrs: { 'data-school': r.code } }, `${r.name}: ${r.detail}`),
    );
  }
  const send = byId<HTMLButtonElement>('btn-send-reminders');
  send.dataset.done = '1';
  send.disabled = true;
}
