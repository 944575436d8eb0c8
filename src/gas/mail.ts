// MailApp as the add-on's mail port: the remaining daily quota (recipients), one message per call.
import type { MailPort } from '../app/ports';

/** The sender's name the school sees beside the methodologist's address. */
const SENDER_NAME = 'PedMonitor — мониторинг ПК педагогов';

export function mailApp(): MailPort {
  return {
    remainingDailyQuota: () => MailApp.getRemainingDailyQuota(),
    send: (to, subject, body) => {
      MailApp.sendEmail({ to: to.join(','), subject, body, name: SENDER_NAME });
    },
  };
}
