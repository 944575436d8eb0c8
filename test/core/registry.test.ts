// The registry `ОО`: columns in any order, links to schools' own spreadsheets.
import { buildInMemory } from '../support/run';
import { toSummary } from '../../src/core/summary';
import { parameters, PERIOD_2021, sheet, TODAY } from '../support/district';

const LINK = 'https://docs.google.com/spreadsheets/d/1AbC/edit';

test('«Таблица» в столбце C реестра: недоступный файл ОО отмечен в C2, а не в G2', () => {
  const registry = sheet(
    'ОО',
    ['Код', 'Краткое наименование', 'Таблица', 'Вид', 'Ответственный'],
    [{ Код: '01', 'Краткое наименование': 'МБОУ СОШ №1', Таблица: LINK, Вид: 'СОШ' }],
  );
  const result = buildInMemory(
    [parameters(PERIOD_2021), registry],
    TODAY,
    new Map([[LINK, { ok: false as const, reason: 'нет доступа.' }]]),
  );
  const unavailable = toSummary(result).issues.filter((i) => i.code === 'school_file_unavailable');
  expect(unavailable).toEqual([expect.objectContaining({ sheet: 'ОО', cell: 'C2', row: 2, column: 'Таблица' })]);
});
