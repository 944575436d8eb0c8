// Why a set of summaries cannot be rolled up, in Russian: each refusal names the file and what to do about it.
import { CATALOGUE_VERSION } from '../catalogue/version';
import { DataError } from '../errors';
import { quote } from '../issues';
import { periodPhrase } from '../report/format';
import type { Summary } from '../summary';

/** A summary and where it came from (a file name, a spreadsheet's name): refusals point at it. */
export interface RollupInput {
  label: string;
  summary: Summary;
}

export const notASummary = (label: string, detail?: string) =>
  new DataError(
    `Файл ${quote(label)} — не сводная PedMonitor (summary.json)${detail ? `: ${detail}` : ''}. `
      + 'Укажите summary.json, который записала команда «pedmonitor build» или «pedmonitor rollup».',
  );

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * The version check comes before the shape check: a summary of another catalogue may have another shape, and
 * «пересоберите» is the useful answer then, not «это не сводная».
 */
export function checkVersion(label: string, json: unknown): void {
  if (!isObject(json) || !('municipality' in json) || !('district' in json)) throw notASummary(label);
  const v = json.version;
  if (v === CATALOGUE_VERSION) return;
  const rebuild =
    'Пересоберите этот район текущей версией PedMonitor («pedmonitor build» или «Собрать сводную») ' + 'и повторите.';
  if (v === undefined) {
    throw new DataError(
      `Сводная ${quote(label)} записана версией PedMonitor без номера каталога показателей, `
        + `а эта программа складывает только сводные каталога версии ${CATALOGUE_VERSION}. ${rebuild}`,
    );
  }
  throw new DataError(
    `Сводная ${quote(label)} посчитана по каталогу показателей версии ${String(v)}, `
      + `а эта программа — по версии ${CATALOGUE_VERSION}: показатели могут считаться по-разному, и складывать их нельзя. ${rebuild}`,
  );
}

export function checkPeriods(inputs: readonly RollupInput[]): void {
  const first = inputs[0];
  for (const other of inputs) {
    const a = first.summary.period;
    const b = other.summary.period;
    if (a.start === b.start && a.end === b.end) continue;
    throw new DataError(
      `Сводные за разные периоды: ${quote(first.label)} — ${periodPhrase(a)}, ${quote(other.label)} — `
        + `${periodPhrase(b)}. В одну сводную входят районы за один и тот же период.`,
    );
  }
}

export const unnamedDistrict = (label: string) =>
  new DataError(
    `В сводной ${quote(label)} не указан муниципалитет, а в сводной региона районы различаются по названию. `
      + 'Заполните параметр «Муниципалитет» на листе «Параметры» этого района, пересоберите его и повторите.',
  );

/** `sameInput`: both come from one roll-up file; otherwise the same file may simply be named twice. */
export function districtTwice(name: string, firstLabel: string, label: string, sameInput: boolean): DataError {
  const once = 'Каждый район входит в сводную один раз';
  if (sameInput) return new DataError(`Район ${quote(name)} встречается в сводной ${quote(label)} дважды. ${once}.`);
  if (firstLabel === label) return new DataError(`Файл ${quote(label)} указан дважды. ${once}.`);
  return new DataError(
    `Район ${quote(name)} встречается дважды: в ${quote(firstLabel)} и в ${quote(label)}. ${once} — уберите лишний файл.`,
  );
}

export const mixedKinds = (code: string, label: string) =>
  new DataError(
    `В сводной ${quote(label)} показатель ${code} записан не так, как в остальных (доля вместо количества или наоборот). `
      + 'Сводные собраны разными программами; пересоберите район текущей версией PedMonitor.',
  );
