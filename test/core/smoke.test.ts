import { buildDistrict } from '../../src/core/build';
import { toSummary } from '../../src/core/summary';
import { course, event, memorySource, oneSchool, teacher, TODAY } from '../support/district';

test('a small school builds', () => {
  const sheets = oneSchool(
    [teacher('Иванова Анна Петровна'), teacher('Петров Иван Сергеевич', { 'Год рождения': 1995, 'Педагогический стаж': 1, Наставничество: 'наставляемый' }), teacher('', {})],
    [course('Иванова Анна Петровна', '20.05.2021'), course('Сидоров', '01.02.2021')],
    [event('Иванова Анна Петровна', 'открытый урок', '12.10.2020')],
  );
  const s = toSummary(buildDistrict(memorySource(sheets), TODAY));
  console.log(JSON.stringify(s, null, 1).slice(0, 3000));
  expect(s.district.indicators.K1).toEqual({ value: 2 });
});
