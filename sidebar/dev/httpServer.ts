// The preview's HTTP server on 127.0.0.1: the panel page, its server calls, downloads, and what openCell recorded.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ServerFunctionName } from '../../src/shared/contract';
import { fileViewHtml } from './fileView';
import type { PreviewServer } from './previewServer';

/** Only these names may be called: the page cannot reach anything else of the server object. */
const CALLABLE = [
  'getPanelState',
  'setupWorkbook',
  'startJob',
  'continueJob',
  'openCell',
  'getAbout',
  'runDiagnostics',
  'previewReminders',
  'sendReminders',
] as const satisfies readonly ServerFunctionName[];
// A contract function missing from the list is a compile error here, so the preview never lags the contract.
type Unlisted = Exclude<ServerFunctionName, (typeof CALLABLE)[number]>;
const EVERY_FUNCTION_LISTED: [Unlisted] extends [never] ? true : never = true;
void EVERY_FUNCTION_LISTED;
const MAX_BODY = 64 * 1024;

export interface DevServerOptions {
  /** The panel page with the google.script.run stand-in already in it. */
  html: string;
  port: number;
  host?: string;
  /** Each call waits this long first, as an Apps Script round trip does (a second or so in real life). */
  delayMs: number;
  /** Builds the preview server once the base URL (and so the download links) is known. */
  makeServer: (baseUrl: string) => PreviewServer;
}

export interface DevServer {
  url: string;
  local: PreviewServer;
  close(): Promise<void>;
}

function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: string | Uint8Array,
  extra: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...extra });
  res.end(body);
}

function json(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) reject(new Error('request too large'));
      else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Like Apps Script, a failure reaches the page as its message only: the stack stays in the server's log. */
async function handleCall(
  local: PreviewServer,
  req: IncomingMessage,
  res: ServerResponse,
  delayMs: number,
): Promise<void> {
  let name: unknown;
  let args: unknown;
  try {
    ({ name, args } = JSON.parse(await readBody(req)) as { name: unknown; args: unknown });
  } catch {
    json(res, 400, { ok: false, message: 'Неверный запрос к серверу предпросмотра.' });
    return;
  }
  if (typeof name !== 'string' || !(CALLABLE as readonly string[]).includes(name) || !Array.isArray(args)) {
    json(res, 404, { ok: false, message: `Функция сервера «${String(name)}» не найдена.` });
    return;
  }
  if (delayMs > 0) await sleep(delayMs);
  try {
    const fn = local.functions[name as ServerFunctionName] as (...a: unknown[]) => unknown;
    json(res, 200, { ok: true, value: fn(...args) });
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    process.stderr.write(`[предпросмотр] ${name}: ${error instanceof Error ? error.stack : message}\n`);
    json(res, 200, { ok: false, message });
  }
}

/** The report is rendered when it is downloaded, as Google renders a Doc when it is opened. */
async function download(local: PreviewServer, name: string, res: ServerResponse): Promise<void> {
  const file = await local.download(name);
  if (!file) return send(res, 404, 'text/plain; charset=utf-8', 'Файл не найден: сформируйте отчёт ещё раз.');
  return send(res, 200, file.type, file.bytes, {
    'content-disposition': `attachment; filename="report.docx"; filename*=UTF-8''${encodeURIComponent(file.name)}`,
  });
}

export async function startDevServer(o: DevServerOptions): Promise<DevServer> {
  let local: PreviewServer | null = null;
  let base = '';
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://preview.invalid');
    if (!local) return send(res, 503, 'text/plain; charset=utf-8', 'starting');
    if (req.method === 'GET' && (url.pathname === '/' || url.pathname === '/index.html')) {
      return send(res, 200, 'text/html; charset=utf-8', o.html);
    }
    if (req.method === 'POST' && url.pathname === '/__dev/call') {
      handleCall(local, req, res, o.delayMs).catch((e) => json(res, 500, { ok: false, message: String(e) }));
      return;
    }
    if (req.method === 'GET' && url.pathname === '/__dev/opened') {
      return json(res, 200, { last: local.lastOpened, history: local.openedHistory });
    }
    if (req.method === 'GET' && url.pathname.startsWith('/file/')) {
      const link = `${base}${url.pathname.slice(1)}`;
      const sheet = local.fileSheet(link, url.searchParams.get('sheet') ?? '');
      if (!sheet) return send(res, 404, 'text/plain; charset=utf-8', 'Такого листа в таблице ОО нет.');
      return send(
        res,
        200,
        'text/html; charset=utf-8',
        fileViewHtml(
          decodeURIComponent(url.pathname.slice('/file/'.length)),
          sheet,
          url.searchParams.get('cell') ?? '',
        ),
      );
    }
    if (req.method === 'GET' && url.pathname.startsWith('/download/')) {
      download(local, decodeURIComponent(url.pathname.slice('/download/'.length)), res).catch((e) =>
        send(res, 500, 'text/plain; charset=utf-8', String(e)),
      );
      return;
    }
    return send(res, 404, 'text/plain; charset=utf-8', 'Не найдено');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port, o.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${o.host ?? '127.0.0.1'}:${port}/`;
  base = url;
  local = o.makeServer(url);
  return {
    url,
    local,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // An open browser keeps connections alive; without this, Ctrl+C would wait for it to go.
        server.closeAllConnections();
      }),
  };
}
