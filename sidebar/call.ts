// Promise wrapper over google.script.run: server function names, arguments and results checked by the compiler.
import type { ServerFunctionName, ServerFunctions } from '../src/shared/contract';

/** One google.script.run chain: handlers, then the server function by name (Apps Script's client API). */
export type ScriptRunner = {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
} & { [K in ServerFunctionName]: (...args: Parameters<ServerFunctions[K]>) => void };

export type Call = <K extends ServerFunctionName>(
  name: K,
  ...args: Parameters<ServerFunctions[K]>
) => Promise<ReturnType<ServerFunctions[K]>>;

/**
 * Apps Script hands the failure handler an Error whose message is the server's; anything else
 * (a string from a stand-in, undefined from a dropped connection) becomes an Error too, so callers
 * always catch one kind of thing.
 */
function asError(e: unknown): Error {
  if (e instanceof Error) return e;
  if (e && typeof e === 'object' && typeof (e as { message?: unknown }).message === 'string')
    return new Error((e as { message: string }).message);
  return new Error(e === undefined || e === null ? '' : String(e));
}

/** `runner` is read on every call: google.script.run must be a fresh chain each time. */
export function makeCall(runner: () => ScriptRunner): Call {
  return (name, ...args) =>
    new Promise((resolve, reject) => {
      const chain = runner()
        .withSuccessHandler((value) => resolve(value as never))
        .withFailureHandler((error) => reject(asError(error)));
      (chain[name] as (...a: typeof args) => void)(...args);
    });
}

/** google.script.run of the page (Apps Script's, or the local preview's stand-in). */
export function pageRunner(): ScriptRunner {
  const g = (globalThis as { google?: { script?: { run?: ScriptRunner } } }).google;
  if (!g?.script?.run) throw new Error('google.script.run недоступен: панель открыта вне Google Таблиц.');
  return g.script.run;
}
