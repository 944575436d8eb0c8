// Starts `npm run sidebar:dev` on a free port and Debian's Chromium on a fresh profile, for the browser tests.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

/** Flags that keep Chromium quiet on a machine with no internet (it would otherwise dial Google at start). */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
  '--disable-dev-shm-usage',
];

const ROOT = join(__dirname, '..', '..', '..');

export interface Preview {
  url: string;
  stop(): Promise<void>;
}

/**
 * The preview as a user starts it (the same script), a short per-call delay so progress is seen, one hostile name.
 * `env` adds the preview's own settings, e.g. TEMPLATE_VERSION for the version the pretend template publishes.
 */
export function startPreview(delayMs: number, env: Record<string, string> = {}): Promise<Preview> {
  const child: ChildProcess = spawn(process.execPath, [join(ROOT, 'scripts/sidebar-dev.mjs')], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', DELAY_MS: String(delayMs), PREVIEW_HOSTILE_NAME: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`Предпросмотр не запустился за 20 с:\n${output}`));
    }, 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const m = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve({ url: m[1], stop });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Предпросмотр завершился с кодом ${code}:\n${output}`));
    });
  });
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Never skipped: without Chromium the suite fails and says how to get it. */
export async function launchChromium(viewport: { width: number; height: number }): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Нет ${CHROMIUM}: браузерные тесты панели не пропускаются. Установите Chromium: apt-get install -y chromium (так делает .ci/run).`,
    );
  }
  const profile = await mkdtemp(join(tmpdir(), 'pedmonitor-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    locale: 'ru-RU',
    acceptDownloads: true,
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
