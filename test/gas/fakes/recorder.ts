// Counts every call the add-on makes on a fake Google object: the call budgets are asserted on this record.

export interface Call {
  /** The fake's class: Spreadsheet, Sheet, Range, Protection, Body, … */
  on: string;
  method: string;
  /** The spreadsheet (file id) and sheet the call touched, when it touched one. */
  file?: string;
  sheet?: string;
  /** Sheets API calls: 'meta' (the sheet list), 'grid' (cells of sheets), 'batch' (a batchUpdate). */
  detail?: 'meta' | 'grid' | 'batch';
}

export class Recorder {
  calls: Call[] = [];
  /** Called before each recorded call runs (the simulated clock charges it; a killed execution throws here). */
  onCall?: (call: Call, args: unknown[]) => void;

  count(pred: (c: Call) => boolean = () => true): number {
    return this.calls.filter(pred).length;
  }

  reset(): void {
    this.calls = [];
  }
}

/** Where a fake sits, for the record. */
export interface Located {
  readonly fakeName: string;
  where(): { file?: string; sheet?: string };
  /** What a call touched when it depends on the arguments (the Sheets API names the file in each call). */
  describe?(method: string, args: unknown[]): Partial<Call>;
}

const TRACKED = Symbol('tracked');

/**
 * A proxy that records each method call made from outside (the add-on); fakes call each other through the
 * raw objects, so only the add-on's calls are counted. Objects a method returns are tracked as well.
 */
export function track<T extends object>(target: T, recorder: Recorder): T {
  if ((target as Record<symbol, unknown>)[TRACKED]) return target;
  return new Proxy(target, {
    get(obj, prop, receiver) {
      if (prop === TRACKED) return true;
      const value = Reflect.get(obj, prop, receiver);
      if (typeof value !== 'function' || typeof prop === 'symbol' || prop === 'constructor') return value;
      return (...args: unknown[]) => {
        const located = obj as unknown as Partial<Located>;
        const call: Call = {
          on: located.fakeName ?? obj.constructor.name,
          method: prop,
          ...(located.where ? located.where() : {}),
          ...(located.describe ? located.describe(prop, args) : {}),
        };
        recorder.onCall?.(call, args);
        recorder.calls.push(call);
        const result = (value as (...a: unknown[]) => unknown).apply(obj, args);
        return wrap(result, recorder);
      };
    },
  });
}

function wrap(result: unknown, recorder: Recorder): unknown {
  if (Array.isArray(result)) return result.map((r) => (isFake(r) ? track(r as object, recorder) : r));
  return isFake(result) ? track(result as object, recorder) : result;
}

function isFake(x: unknown): boolean {
  return typeof x === 'object' && x !== null && 'fakeName' in x;
}
