// The one build pipeline over in-memory ports: what the CLI and the preview run, the add-on's code unchanged.
import { planBuild, runBuild } from '../../src/app/pipeline';
import { readSnapshot } from '../../src/app/snapshots';
import { SHEET_NAMES } from '../../src/core/catalogue/sheets';
import { memoryPorts } from '../../src/local/memory/ports';
import { oneSchool, parameters, PERIOD_2021, registry, teacher, TODAY } from '../support/district';

const badYear = () =>
  oneSchool([teacher('Иванова Анна Петровна'), teacher('Смирнов Олег Ильич', { 'Год рождения': 'шестнадцать' })]);

test('сводная: четыре выходных листа, снимок периода для динамики, справка — документом', () => {
  const ports = memoryPorts({ sheets: badYear(), today: TODAY });
  const { result, reportUrl, documentUrls } = runBuild(ports, ['sheets', 'report']);
  expect([...ports.district.outputs.keys()]).toEqual([
    SHEET_NAMES.summary,
    SHEET_NAMES.summaryBySubject,
    SHEET_NAMES.errors,
    SHEET_NAMES.coursePlan,
  ]);
  expect(readSnapshot(ports.store, result.settings.period)?.district.indicators.K1.value).toBe(2);
  expect(reportUrl && ports.documents.created.get(reportUrl)?.fileName).toBe(
    'Мониторинг 2020-2021 — 1. Аналитическая справка',
  );
  expect(documentUrls && ports.documents.created.get(documentUrls.order)?.title).toMatch(/^Об итогах мониторинга/);
});

test('проверка пишет только «Ошибки» и отмечает ячейку с ошибкой на листе ОО', () => {
  const ports = memoryPorts({ sheets: badYear(), today: TODAY });
  runBuild(ports, ['errors']);
  expect([...ports.district.outputs.keys()]).toEqual([SHEET_NAMES.errors]);
  expect(ports.district.marks.get('01 Педагоги')).toEqual([
    expect.objectContaining({ row: 3, column: 4, severity: 'error' }),
  ]);
});

test('ОО со ссылкой на файл, которого нет среди файлов, — «не сдала данные» с понятной причиной', () => {
  const sheets = [parameters(PERIOD_2021), registry([{ code: '01', name: 'МБОУ СОШ №1', table: 'ОО 01.xlsx' }])];
  const { result } = runBuild(memoryPorts({ sheets, today: TODAY }), []);
  expect(result.schools[0].submitted).toBe(false);
  expect(result.issues.map((i) => [i.code, i.cell])).toEqual([['school_file_unavailable', 'E2']]);
  expect(result.issues[0].message).toContain('файл не найден или к нему нет доступа.');
});

test('план читает только «Параметры» и «ОО»', () => {
  const ports = memoryPorts({ sheets: badYear(), today: TODAY });
  const read: string[] = [];
  const readSheets = ports.district.readSheets.bind(ports.district);
  ports.district.readSheets = (names) => {
    read.push(...names);
    return readSheets(names);
  };
  expect(planBuild(ports).schools.map((s) => s.code)).toEqual(['01']);
  expect(read).toEqual([SHEET_NAMES.parameters, SHEET_NAMES.registry]);
});
