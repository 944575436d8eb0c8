// Region mode: «Собрать сводную региона» reads each district's STORED summary (never its school sheets),
// rolls them up, writes the region's sheets and Doc. A district that cannot be used is one problem of that
// district; the rest count.
import { DISTRICT_REGISTRY_COLUMNS, REGION_SHEET_NAMES } from '../core/catalogue/region';
import { SHEET_NAMES } from '../core/catalogue/sheets';
import { a1 } from '../core/cells';
import { canonicalIndicator, findSheet } from '../core/plan';
import { DataError } from '../core/errors';
import { quote } from '../core/issues';
import type { ModelCell, SheetModel } from '../core/layout/model';
import { rollUp } from '../core/rollup/compose';
import { checkVersion, type RollupInput } from '../core/rollup/refusals';
import { buildRegionReport } from '../core/rollup/report';
import { regionSheets } from '../core/rollup/sheets';
import { readSettings, type Period } from '../core/settings';
import type { Summary } from '../core/summary';
import { matchKey } from '../core/text';
import { STORE_SHEET } from '../core/catalogue/sheets';
import type { Ports, SpreadsheetPort } from './ports';
import { parseSnapshot, saveSnapshot, snapshotKey } from './snapshots';

/** A district left out of the region, and where in `Районы` it is listed. */
export interface RegionProblem {
  district: string;
  cell: string;
  message: string;
}

export interface RegionOutcome {
  message: string;
  reportUrl: string;
  districts: number;
  problems: RegionProblem[];
}

interface Listed {
  name: string;
  link: string;
  row: number;
  column: number;
}

/** Rows of `Районы` with a link; header names found wherever the columns are. */
function listDistricts(ports: Ports): Listed[] {
  const name = findSheet(ports.district.sheetNames, REGION_SHEET_NAMES.registry);
  if (name === undefined) {
    const { name: district, spreadsheet } = DISTRICT_REGISTRY_COLUMNS;
    throw new DataError(
      `В таблице нет листа ${quote(REGION_SHEET_NAMES.registry)}: создайте его и перечислите районы — `
        + `столбцы ${quote(district.header)} и ${quote(spreadsheet.header)} (ссылка на таблицу района).`,
    );
  }
  const [header = [], ...rows] = ports.district.read(name).values;
  const col = (h: string) => header.findIndex((c) => typeof c === 'string' && matchKey(c) === matchKey(h));
  const nameCol = col(DISTRICT_REGISTRY_COLUMNS.name.header);
  const linkCol = col(DISTRICT_REGISTRY_COLUMNS.spreadsheet.header);
  if (linkCol < 0) {
    const column = DISTRICT_REGISTRY_COLUMNS.spreadsheet.header;
    throw new DataError(`На листе ${quote(REGION_SHEET_NAMES.registry)} нет столбца ${quote(column)}.`);
  }
  const out: Listed[] = [];
  rows.forEach((r, i) => {
    const link = String(r[linkCol] ?? '').trim();
    const typed = nameCol >= 0 ? String(r[nameCol] ?? '').trim() : '';
    if (link !== '') out.push({ name: typed || link, link, row: i + 2, column: linkCol + 1 });
  });
  return out;
}

/** The district's summary of the region's period, as its «Собрать сводную» stored it on its service sheet. */
function storedSummary(file: SpreadsheetPort, period: Period): unknown {
  if (!file.sheetNames.includes(STORE_SHEET)) return undefined;
  const key = snapshotKey(period);
  const row = file.read(STORE_SHEET).values.find((cells) => cells[0] === key);
  return row
    ? JSON.parse(
        row
          .slice(1)
          .map((c) => (c === null ? '' : String(c)))
          .join(''),
      )
    : undefined;
}

const periodText = (p: Period) => `${p.start.split('-').reverse().join('.')}–${p.end.split('-').reverse().join('.')}`;

function readDistrict(ports: Ports, d: Listed, period: Period): Summary | string {
  const opened = ports.files.openSheetList(d.link);
  if (!opened.ok) return `таблица района недоступна: ${opened.reason}`;
  let json: unknown;
  try {
    json = storedSummary(opened.file, period);
  } catch {
    return 'служебные данные PedMonitor в таблице района повреждены — соберите там сводную заново.';
  }
  if (json === undefined) {
    return `в таблице района нет сводной за период ${periodText(period)} — нажмите там «Собрать сводную».`;
  }
  try {
    checkVersion(d.name, json);
    return parseSnapshot(json);
  } catch (e) {
    return e instanceof DataError ? e.message : 'сводная района не читается — соберите там сводную заново.';
  }
}

function problemsSheet(problems: readonly RegionProblem[]): SheetModel {
  return {
    name: SHEET_NAMES.errors,
    header: [['Лист', 'Ячейка', 'Район', 'Сообщение']],
    rows: problems.map((p): ModelCell[] => [
      { value: REGION_SHEET_NAMES.registry },
      { value: p.cell, link: { sheet: REGION_SHEET_NAMES.registry, cell: p.cell } },
      { value: p.district },
      { value: p.message, tone: 'error' },
    ]),
    frozenRows: 1,
    frozenColumns: 0,
    columnWidths: [100, 70, 200, 600],
  };
}

export function collectRegion(ports: Ports): RegionOutcome {
  const params = findSheet(ports.district.sheetNames, SHEET_NAMES.parameters);
  const parameters = params === undefined ? undefined : ports.district.read(params);
  const { settings } = readSettings(parameters, ports.clock.today(), canonicalIndicator);
  const listed = listDistricts(ports);
  if (listed.length === 0) {
    throw new DataError(`На листе ${quote(REGION_SHEET_NAMES.registry)} нет ни одной ссылки на таблицу района.`);
  }
  const inputs: RollupInput[] = [];
  const problems: RegionProblem[] = [];
  const seen = new Map<string, string>();
  for (const d of listed) {
    const cell = a1(d.row, d.column);
    const got = readDistrict(ports, d, settings.period);
    if (typeof got === 'string') {
      problems.push({ district: d.name, cell, message: `${d.name}: ${got} Район не вошёл в сводную.` });
      continue;
    }
    const key = matchKey(got.municipality);
    const first = seen.get(key);
    if (key === '' || first !== undefined) {
      problems.push({
        district: d.name,
        cell,
        message:
          key === ''
            ? `${d.name}: в таблице района не заполнен «Муниципалитет» на листе «Параметры». Район не вошёл в сводную.`
            : `${d.name}: район ${quote(got.municipality)} уже есть в сводной (ячейка ${first}). `
              + 'Второй раз он не учитывается.',
      });
      continue;
    }
    seen.set(key, cell);
    inputs.push({ label: d.name, summary: got });
  }
  if (inputs.length === 0) {
    throw new DataError(`Ни один район не вошёл в сводную: ${problems.map((p) => p.message).join(' ')}`);
  }
  const region = rollUp(settings.municipality, inputs);
  ports.district.replaceSheets([...regionSheets(region), problemsSheet(problems)], () => null);
  saveSnapshot(ports.store, region);
  const reportUrl = ports.documents.create(buildRegionReport(region));
  const left =
    problems.length > 0 ? ` Не вошли ${problems.length}: подробности на листе ${quote(SHEET_NAMES.errors)}.` : '';
  return {
    message:
      `Сводная региона собрана: районов ${inputs.length} из ${listed.length}, ` + `ОО ${region.schools.length}.${left}`,
    reportUrl,
    districts: inputs.length,
    problems,
  };
}
