// The panel's view model: who submitted, issues by school, where a click on an issue goes.
import { planInMemory } from '../support/run';
import { issue } from '../../src/core/issues';
import { issueViews, outcomeMessage, panelAfterBuild, panelBeforeCheck } from '../../src/app/panelView';
import {
  course,
  COURSE_HEADER,
  EVENT_HEADER,
  parameters,
  PERIOD_2021,
  registry,
  sheet,
  teacher,
  TEACHER_HEADER,
  TODAY,
} from '../support/district';
import { run } from '../support/run';

const district = [
  parameters(PERIOD_2021),
  registry([
    { code: '01', name: 'МБОУ СОШ №1' },
    { code: '02', name: 'МБОУ ООШ с. Анненково' },
    { code: '03', name: 'МБДОУ д/с «Солнышко»' },
  ]),
  sheet('01 Педагоги', TEACHER_HEADER, [
    teacher('Иванова Анна Петровна'),
    teacher('Смирнов Олег Ильич', { 'Год рождения': 'шестнадцать' }),
    teacher('Кузнецова Мария Львовна', { Должность: 'учитель', Предмет: null }),
  ]),
  sheet('01 Курсы', COURSE_HEADER, [
    course('Иванова Анна Петровна', '01.03.2021'),
    course('Петрова Светлана Ивановна', '01.04.2021'),
  ]),
  sheet('01 Мероприятия', EVENT_HEADER, []),
  sheet('02 Педагоги', TEACHER_HEADER, [teacher('Орлова Нина Викторовна')]),
  sheet('02 Курсы', COURSE_HEADER, []),
  sheet('02 Мероприятия', EVENT_HEADER, []),
];
const { result } = run(district);
const ctx = { mode: 'shared' as const };

describe('до первой проверки', () => {
  const plan = planInMemory(district, TODAY);
  const state = panelBeforeCheck(plan.settings, plan.schools, ctx);

  test('известен реестр, а кто сдал — ещё нет', () => {
    expect(state.registered).toBe(3);
    expect(state.submitted).toBeNull();
    expect(state.notSubmitted).toBeNull();
    expect(state.schools.map((s) => [s.name, s.submitted])).toEqual([
      ['МБОУ СОШ №1', null],
      ['МБОУ ООШ с. Анненково', null],
      ['МБДОУ д/с «Солнышко»', null],
    ]);
  });

  test('муниципалитет и период — из «Параметры»', () => {
    expect(state.municipality).toBe('Кузнецкого района');
    expect(state.period).toEqual({ start: '2020-09-01', end: '2021-08-31' });
  });
});

describe('после сборки', () => {
  const state = panelAfterBuild(result, { ...ctx, lastRun: { summary: '2021-09-10T08:00:00.000Z' }, reportUrl: null });

  test('сдали две ОО из трёх; ОО без листов — «не сдала»', () => {
    expect([state.registered, state.submitted, state.notSubmitted]).toEqual([3, 2, 1]);
    expect(state.schools.find((s) => s.code === '03')?.submitted).toBe(false);
  });

  test('ошибки и предупреждения считаются по каждой ОО', () => {
    const first = state.schools.find((s) => s.code === '01')!;
    expect(first).toMatchObject({ errors: 2, warnings: 1 }); // год рождения, неизвестный педагог; учитель без предмета
    expect(state.schools.find((s) => s.code === '02')).toMatchObject({ errors: 0, warnings: 0 });
  });

  test('всего проблем столько же, сколько в результате сборки', () => {
    expect(state.issuesTotal).toBe(result.issues.length);
    expect(state.issues).toHaveLength(result.issues.length);
  });

  test('ссылка на ячейку общей книги — лист района и адрес', () => {
    const birth = state.issues.find((i) => i.code === 'not_an_integer' || i.code === 'not_a_number')!;
    expect(birth).toMatchObject({ school: '01', sheet: '01 Педагоги', column: 'Год рождения', severity: 'error' });
    expect(birth.target).toEqual({ sheet: '01 Педагоги', cell: birth.cell });
  });

  test('время последнего запуска и режим передаются как есть', () => {
    expect(state.lastRun).toEqual({ summary: '2021-09-10T08:00:00.000Z' });
    expect(state.mode).toBe('shared');
  });

  test('состояние переживает JSON (google.script.run передаёт только данные)', () => {
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  });
});

describe('список проблем', () => {
  const warning = issue({
    sheet: '01 Педагоги',
    cell: 'C4',
    row: 4,
    column: 'Предмет',
    code: 'subject_missing',
    school: '01',
    message: 'Не указан предмет.',
  });
  const error = issue({
    sheet: '02 Курсы',
    cell: 'I2',
    row: 2,
    column: 'Дата окончания',
    code: 'course_end_invalid',
    school: '02',
    message: 'Нет даты окончания.',
  });
  const registryError = issue({
    sheet: 'ОО',
    cell: 'A5',
    row: 5,
    column: 'Код',
    code: 'school_code_duplicate',
    message: 'Код уже указан.',
  });

  test('сначала ошибки, потом предупреждения', () => {
    expect(issueViews([warning, error, registryError]).map((i) => i.cell)).toEqual(['I2', 'A5', 'C4']);
  });

  test('не длиннее предела; остальное — на листе «Ошибки»', () => {
    expect(issueViews([warning, error, registryError], 2).map((i) => i.code)).toEqual([
      'course_end_invalid',
      'school_code_duplicate',
    ]);
  });

  test('проблема реестра не относится ни к одной ОО', () => {
    expect(issueViews([registryError])[0].school).toBeNull();
  });

  test('в собственной таблице ОО ссылка ведёт в её файл и её лист', () => {
    const external = issue({
      sheet: '04 Педагоги',
      cell: 'D7',
      row: 7,
      column: 'Год рождения',
      code: 'not_an_integer',
      school: '04',
      message: '…',
      external: { file: 'https://docs.google.com/spreadsheets/d/abc123/edit', sheetName: 'Педагоги' },
    });
    expect(issueViews([external])[0]).toMatchObject({
      sheet: '04 Педагоги',
      target: { sheet: 'Педагоги', cell: 'D7', file: 'https://docs.google.com/spreadsheets/d/abc123/edit' },
    });
  });
});

describe('итог задания одной строкой', () => {
  test('сводная: сколько ОО и педагогов учтено', () => {
    // 01: три педагога, 02: один; ошибки: год рождения и неизвестный педагог; предупреждение: учитель без предмета.
    expect(outcomeMessage('summary', result)).toBe('Сводная собрана: 2 ОО, 4 педагога; 2 ошибки, 1 предупреждение.');
  });
  test('проверка: сколько ОО сдали из зарегистрированных', () => {
    expect(outcomeMessage('check', result)).toBe(
      'Проверка завершена: данные сдали 2 из 3 ОО; 2 ошибки, 1 предупреждение.',
    );
  });
});
