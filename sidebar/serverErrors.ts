// A failed server call → one readable Russian sentence for the methodologist; never a stack trace.

/** Failures Apps Script itself produces (English), and what the methodologist can do about each. */
const KNOWN: readonly { test: RegExp; text: string }[] = [
  {
    test: /authori[sz]ation is required|authorization|ScriptError: Authorization/i,
    text: 'Нужно разрешение на доступ к таблице. Закройте панель, откройте её снова из меню «Расширения» и подтвердите доступ.',
  },
  {
    test: /\block(?:service)?\b|timed out waiting for lock|another (?:job|build) is running/i,
    text: 'Сейчас выполняется другое действие с этой таблицей. Подождите минуту и повторите.',
  },
  {
    test: /exceeded maximum execution time|time limit/i,
    text: 'Google прервал действие по времени. Нажмите кнопку ещё раз: работа продолжится с сохранённого места.',
  },
  {
    test: /service invoked too many times|quota|rate limit|too many/i,
    text: 'Исчерпан дневной лимит обращений к сервисам Google. Повторите позже (лимит обновляется в течение суток).',
  },
  {
    test: /permission|access denied|not have access|no access/i,
    text: 'Нет доступа к файлу или листу. Проверьте, что таблица открыта для вас на редактирование.',
  },
  {
    test: /network|failed to fetch|connection|NetworkError|load failed/i,
    text: 'Нет связи с сервером Google. Проверьте подключение к интернету и повторите.',
  },
];

const GENERIC =
  'Действие не выполнено из-за внутренней ошибки. Повторите попытку; если ошибка повторится, сообщите администратору PedMonitor.';

/** Only the first line, without the `Exception:` / `Error:` prefix and without any stack frames. */
export function firstLine(raw: string): string {
  const line = raw.split(/\r?\n/).find((l) => l.trim() !== '' && !/^\s*at\s/.test(l)) ?? '';
  return line.replace(/^\s*(?:[A-Za-z]*(?:Exception|Error):\s*)+/, '').trim();
}

export interface ReadableError {
  /** What the panel says. */
  text: string;
  /** The server's own words when they are not Russian, for whoever helps the methodologist; no stack. */
  detail: string | null;
}

/**
 * Our server writes its messages in Russian (a missing `ОО` sheet, a locked build): those are shown
 * as they are. Anything else came from the platform, so it is translated by what it says.
 */
export function readableError(error: unknown): ReadableError {
  const raw = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  const line = firstLine(raw);
  if (/[А-Яа-яЁё]/.test(line)) return { text: line, detail: null };
  const known = KNOWN.find((k) => k.test.test(line));
  return { text: known?.text ?? GENERIC, detail: line === '' ? null : line.slice(0, 200) };
}
