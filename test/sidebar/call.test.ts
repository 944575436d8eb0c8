// The promise wrapper over google.script.run, against a fake runner that behaves like Apps Script's.
import { makeCall, type ScriptRunner } from '../../sidebar/call';
import { runJob } from '../../sidebar/jobs';
import type { JobStep, PanelState } from '../../src/shared/contract';

type Handler = (value: unknown) => void;

/** A fake google.script.run: records each call, answers from `server`, asynchronously as the real one does. */
function fakeRun(server: Record<string, (...args: any[]) => unknown>) {
  const calls: { name: string; args: unknown[] }[] = [];
  const runner = (ok: Handler | null, fail: Handler | null): ScriptRunner =>
    new Proxy({} as ScriptRunner, {
      get(_t, prop: string) {
        if (prop === 'withSuccessHandler') return (h: Handler) => runner(h, fail);
        if (prop === 'withFailureHandler') return (h: Handler) => runner(ok, h);
        return (...args: unknown[]) => {
          calls.push({ name: prop, args });
          setTimeout(() => {
            try {
              ok?.(server[prop](...args));
            } catch (e) {
              fail?.(e);
            }
          }, 0);
        };
      },
    });
  return { run: () => runner(null, null), calls };
}

const state = { municipality: 'Кузнецкого района', registered: 15 } as PanelState;

test('вызов по имени с аргументами; ответ сервера — значение промиса', async () => {
  const fake = fakeRun({ openCell: () => ({ opened: true }) });
  const call = makeCall(fake.run);
  await expect(call('openCell', { sheet: '01 Педагоги', cell: 'D5' })).resolves.toEqual({ opened: true });
  expect(fake.calls).toEqual([{ name: 'openCell', args: [{ sheet: '01 Педагоги', cell: 'D5' }] }]);
});

test('исключение на сервере — отклонённый промис с Error и сообщением сервера', async () => {
  const call = makeCall(
    fakeRun({
      getPanelState: () => {
        throw new Error('В книге нет листа «ОО».');
      },
    }).run,
  );
  await expect(call('getPanelState')).rejects.toThrow('В книге нет листа «ОО».');
});

test('не-Error от сервера (строка) всё равно приходит как Error', async () => {
  const call = makeCall(
    fakeRun({
      getPanelState: () => {
        throw 'Сервер недоступен';
      },
    }).run,
  );
  await expect(call('getPanelState')).rejects.toEqual(new Error('Сервер недоступен'));
});

test('каждый вызов — новая цепочка: обработчики одного вызова не достаются другому', async () => {
  const call = makeCall(fakeRun({ getPanelState: () => state, startJob: (kind: string) => ({ kind }) }).run);
  const [a, b] = await Promise.all([call('getPanelState'), call('startJob', 'check')]);
  expect(a).toBe(state);
  expect(b).toEqual({ kind: 'check' });
});

test('имена и аргументы проверяет компилятор', () => {
  const call = makeCall(fakeRun({}).run);
  // These lines only have to compile or fail to compile: `npm run typecheck` checks them.
  const typed = () => {
    // @ts-expect-error — no such server function
    void call('deleteEverything');
    // @ts-expect-error — startJob takes a JobKind
    void call('startJob', 'обед');
    // @ts-expect-error — openCell needs its target
    void call('openCell');
    const step: Promise<JobStep> = call('startJob', 'summary');
    return step;
  };
  expect(typeof typed).toBe('function');
});

describe('задание по частям', () => {
  const running = (done: number, school: string | null): JobStep => ({
    status: 'running',
    progress: { jobId: 'j1', kind: 'summary', stage: 'Проверка данных ОО', school, done, total: 3 },
  });
  const finished: JobStep = {
    status: 'done',
    outcome: { kind: 'summary', message: 'Сводная собрана', reportUrl: null, state },
  };

  test('startJob, затем continueJob с тем же jobId, пока сервер не скажет «готово»', async () => {
    const steps = [running(1, 'МБОУ СОШ №2'), running(2, 'МБДОУ д/с «Солнышко»'), finished];
    const fake = fakeRun({ startJob: () => running(0, 'МБОУ СОШ №1'), continueJob: () => steps.shift() });
    const seen: (string | null)[] = [];
    const outcome = await runJob(makeCall(fake.run), 'summary', (p) => seen.push(p.school));
    expect(outcome.message).toBe('Сводная собрана');
    expect(seen).toEqual(['МБОУ СОШ №1', 'МБОУ СОШ №2', 'МБДОУ д/с «Солнышко»']);
    expect(fake.calls.map((c) => `${c.name}(${c.args.join()})`)).toEqual([
      'startJob(summary)',
      'continueJob(j1)',
      'continueJob(j1)',
      'continueJob(j1)',
    ]);
  });

  test('ошибка посреди задания прерывает его', async () => {
    const fake = fakeRun({
      startJob: () => running(0, null),
      continueJob: () => {
        throw new Error('Exception: Lock timeout');
      },
    });
    await expect(runJob(makeCall(fake.run), 'summary', () => undefined)).rejects.toThrow('Lock timeout');
  });

  test('сервер, который не продвигается, не держит панель вечно', async () => {
    const fake = fakeRun({ startJob: () => running(1, 'МБОУ СОШ №1'), continueJob: () => running(1, 'МБОУ СОШ №1') });
    await expect(runJob(makeCall(fake.run), 'check', () => undefined)).rejects.toThrow('перестал продвигаться');
  });
});
