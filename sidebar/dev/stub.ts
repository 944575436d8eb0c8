// The preview's google.script.run: same chain as Apps Script's, each call POSTed to the preview server.
import type { CellTarget } from '../../src/shared/contract';

type Handler = (value: unknown) => void;
type Reply = { ok: true; value: unknown } | { ok: false; message: string };

function describe(target: CellTarget): string {
  return target.file
    ? `файл ${target.file}, лист «${target.sheet}», ячейка ${target.cell}`
    : `лист «${target.sheet}», ячейка ${target.cell}`;
}

/** Shows, above the panel, which cell Google Sheets would have opened. */
function showOpened(target: CellTarget): void {
  const line = document.getElementById('preview-opened');
  if (line) line.textContent = `Google Таблицы открыли бы: ${describe(target)}.`;
}

function post(name: string, args: unknown[], success: Handler, failure: Handler): void {
  fetch('/__dev/call', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, args }),
  })
    .then((r) => r.json() as Promise<Reply>)
    .then((reply) => {
      if (!reply.ok) return failure(new Error(reply.message));
      if (name === 'openCell') showOpened(args[0] as CellTarget);
      return success(reply.value);
    })
    .catch((error: unknown) => failure(error instanceof Error ? error : new Error(String(error))));
}

/** A runner carries its handlers; every property other than the two `with…` is a server function. */
function runner(success: Handler, failure: Handler): unknown {
  return new Proxy(
    {},
    {
      get(_target, prop) {
        if (prop === 'withSuccessHandler') return (h: Handler) => runner(h, failure);
        if (prop === 'withFailureHandler') return (h: Handler) => runner(success, h);
        if (typeof prop !== 'string') return undefined;
        return (...args: unknown[]) => post(prop, args, success, failure);
      },
    },
  );
}

const ignore: Handler = () => undefined;
(globalThis as { google?: unknown }).google = {
  script: { run: runner(ignore, ignore), host: { close: () => undefined } },
};

/** A strip above the panel that says this is the preview, and where openCell would go. */
document.addEventListener('DOMContentLoaded', () => {
  const strip = document.createElement('div');
  strip.className = 'preview-strip';
  strip.setAttribute('aria-label', 'Предпросмотр');
  const title = document.createElement('strong');
  title.textContent = 'Предпросмотр без Google';
  const about = document.createElement('span');
  about.textContent = ' — учебный район, данные в памяти.';
  const opened = document.createElement('div');
  opened.id = 'preview-opened';
  strip.append(title, about, opened);
  document.body.insertBefore(strip, document.body.firstChild);
});
