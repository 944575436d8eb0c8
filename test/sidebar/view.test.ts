// The panel's texts: period, counts, progress, issues grouped by school, failures in Russian.
import { safeUrl } from '../../sidebar/dom';
import { firstLine, readableError } from '../../sidebar/serverErrors';
import {
  groupIssues,
  issueCountText,
  issuePlace,
  issueTotals,
  notSubmittedNames,
  periodText,
  progressPercent,
  progressText,
  truncatedText,
  worthAnnouncing,
  stateHint,
  municipalityText,
  statusText,
  overdueNames,
} from '../../sidebar/view';
import type { IssueView, PanelState } from '../../src/shared/contract';

const issue = (
  school: string | null,
  severity: 'error' | 'warning',
  cell: string,
  sheet = school ? `${school} Педагоги` : 'ОО',
): IssueView => ({
  school,
  sheet,
  cell,
  column: 'Год рождения',
  severity,
  code: severity === 'error' ? 'not_an_integer' : 'subject_missing',
  message: 'В столбце «Год рождения» должно быть целое число.',
  target: { sheet, cell },
});

const state = (over: Partial<PanelState> = {}): PanelState => ({
  municipality: 'Кузнецкого района',
  period: { start: '2020-09-01', end: '2021-08-31' },
  mode: 'shared',
  registered: 3,
  submitted: 2,
  notSubmitted: 1,
  schools: [
    { code: '01', name: 'МБОУ СОШ №1', submitted: true, errors: 2, warnings: 1 },
    { code: '02', name: 'МБОУ ООШ с. Анненково', submitted: true, errors: 0, warnings: 0 },
    { code: '03', name: 'МБДОУ д/с «Солнышко»', submitted: false, errors: 0, warnings: 0 },
  ],
  issues: [
    issue('01', 'error', 'D5'),
    issue('01', 'error', 'D9'),
    issue(null, 'error', 'A4'),
    issue('01', 'warning', 'C3'),
  ],
  issuesTotal: 4,
  lastRun: {},
  reportUrl: null,
  ...over,
});

describe('тексты панели', () => {
  test('период — по-русски, через тире', () => {
    expect(periodText({ start: '2020-09-01', end: '2021-08-31' })).toBe('01.09.2020 – 31.08.2021');
  });
  test('счёт ошибок и предупреждений — с русскими формами слов', () => {
    expect(issueCountText(1, 0)).toBe('1 ошибка');
    expect(issueCountText(3, 22)).toBe('3 ошибки, 22 предупреждения');
    expect(issueCountText(11, 5)).toBe('11 ошибок, 5 предупреждений');
    expect(issueCountText(0, 0)).toBe('нет замечаний');
  });
  test('ход работы — этап, сколько из скольких, целый процент', () => {
    const p = {
      jobId: 'j',
      kind: 'summary' as const,
      stage: 'Проверка данных ОО',
      school: 'МБОУ СОШ №1',
      done: 5,
      total: 15,
    };
    expect(progressText(p)).toBe('Проверка данных ОО: 5 из 15');
    expect(progressPercent(p)).toBe(33);
    expect(progressPercent({ done: 0, total: 0 })).toBe(0);
    expect(progressPercent({ done: 20, total: 15 })).toBe(100);
  });
  test('экранный диктор слышит новый этап и каждую четверть работы, а не каждую ОО', () => {
    const step = (stage: string, done: number) => ({
      jobId: 'j',
      kind: 'summary' as const,
      stage,
      school: null,
      done,
      total: 100,
    });
    expect(worthAnnouncing(null, step('Проверка данных ОО', 0))).toBe(true);
    expect(worthAnnouncing(step('Проверка данных ОО', 0), step('Проверка данных ОО', 1))).toBe(false);
    expect(worthAnnouncing(step('Проверка данных ОО', 24), step('Проверка данных ОО', 25))).toBe(true);
    expect(worthAnnouncing(step('Проверка данных ОО', 99), step('Запись листов', 100))).toBe(true);
  });
  test('место замечания — лист, ячейка и столбец', () => {
    expect(issuePlace(issue('01', 'error', 'D5'))).toBe('01 Педагоги, D5 (Год рождения)');
  });
  test('подсказка: пустой реестр — заполнить; не проверяли — проверить; после проверки — ничего', () => {
    expect(stateHint(state({ registered: 0, schools: [], submitted: null, notSubmitted: null }))).toBe(
      'Реестр «ОО» пуст: внесите ОО (код, наименование, email ответственного) и нажмите «Настроить таблицу».',
    );
    expect(stateHint(state({ submitted: null, notSubmitted: null }))).toBe(
      'Кто сдал данные, станет известно после проверки: нажмите «Проверить данные».',
    );
    expect(stateHint(state())).toBeNull();
  });
  test('муниципалитет не указан — где его указать', () => {
    expect(municipalityText(state({ municipality: '' }))).toBe('Муниципалитет не указан (лист «Параметры»)');
    expect(municipalityText(state())).toBe('Кузнецкого района');
  });
  test('не сдавшие ОО — по названиям', () => {
    expect(notSubmittedNames(state())).toEqual(['МБДОУ д/с «Солнышко»']);
  });
});

describe('замечания по ОО', () => {
  test('сначала листы района, затем ОО в порядке реестра; ОО без замечаний нет в списке', () => {
    expect(groupIssues(state()).map((g) => g.title)).toEqual(['Листы «Параметры» и «ОО»', 'МБОУ СОШ №1']);
  });
  test('число в группе — по всем замечаниям ОО, даже если список урезан', () => {
    const cut = state({ issues: [issue('01', 'error', 'D5')], issuesTotal: 4 });
    const [first] = groupIssues(cut);
    expect(first).toMatchObject({ school: '01', errors: 2, warnings: 1 });
    expect(first.issues).toHaveLength(1);
    expect(truncatedText(cut)).toBe('Показаны 1 из 4: полный список — на листе «Ошибки».');
  });
  test('полный список — без приписки', () => {
    expect(truncatedText(state())).toBeNull();
  });
  test('итого по книге: ошибки, предупреждения и сколько сдавших ОО без замечаний', () => {
    expect(issueTotals(state())).toEqual({ errors: 3, warnings: 1, clean: 1 });
  });
  test('замечание ОО, которой уже нет в реестре, не теряется', () => {
    const s = state({ issues: [issue('07', 'warning', 'B2')] });
    expect(groupIssues(s).map((g) => [g.title, g.warnings])).toEqual([
      ['МБОУ СОШ №1', 1],
      ['ОО 07', 1],
    ]);
  });
});

describe('ошибки сервера', () => {
  const trace =
    'Exception: Service invoked too many times for one day: docs create.\n    at createReport (Code:1234:15)\n    at startJob (Code:88:3)';

  test('первая строка без «Exception:» и без кадров стека', () => {
    expect(firstLine(trace)).toBe('Service invoked too many times for one day: docs create.');
  });
  test('известная ошибка Google — объяснение по-русски, исходная строка — для специалиста', () => {
    expect(readableError(new Error(trace))).toEqual({
      text: 'Исчерпан дневной лимит обращений к сервисам Google. Повторите позже (лимит обновляется в течение суток).',
      detail: 'Service invoked too many times for one day: docs create.',
    });
  });
  test('русское сообщение нашего сервера показывается как есть', () => {
    expect(
      readableError(
        new Error(
          'DataError: В книге нет листа «ОО» с реестром образовательных организаций.\n    at planDistrict (Code:10:1)',
        ),
      ),
    ).toEqual({
      text: 'В книге нет листа «ОО» с реестром образовательных организаций.',
      detail: null,
    });
  });
  test('незнакомая английская ошибка — общее русское сообщение', () => {
    expect(readableError(new Error("TypeError: Cannot read properties of undefined (reading 'getRange')")).text).toBe(
      'Действие не выполнено из-за внутренней ошибки. Повторите попытку; если ошибка повторится, сообщите администратору PedMonitor.',
    );
  });
  test('занятая блокировка — «выполняется другое действие»', () => {
    expect(
      readableError(new Error('Exception: Lock timeout: another process was holding the lock for too long.')).text,
    ).toBe('Сейчас выполняется другое действие с этой таблицей. Подождите минуту и повторите.');
  });
  test('пустой ответ (оборванная связь) — тоже по-русски', () => {
    expect(readableError(undefined)).toEqual({ text: expect.stringMatching(/^Действие не выполнено/), detail: null });
  });
});

describe('ссылки', () => {
  test('только http(s): ссылка javascript: из ячейки не станет адресом', () => {
    expect(safeUrl('https://docs.google.com/document/d/1AbC/edit')).toBe(
      'https://docs.google.com/document/d/1AbC/edit',
    );
    expect(safeUrl('javascript:alert(1)')).toBeNull();
    expect(safeUrl(' JavaScript:alert(1)')).toBeNull();
    expect(safeUrl('data:text/html,<b>x</b>')).toBeNull();
    expect(safeUrl('ОО 01.xlsx')).toBeNull();
    expect(safeUrl(null)).toBeNull();
  });
});

describe('статусы ОО по сроку сдачи', () => {
  const withStatuses = state({
    deadline: '2021-10-15',
    schools: [
      { code: '01', name: 'МБОУ СОШ №1', submitted: true, errors: 2, warnings: 1, status: 'submittedWithErrors' },
      { code: '02', name: 'МБОУ ООШ с. Анненково', submitted: true, errors: 0, warnings: 0, status: 'submitted' },
      { code: '03', name: 'МБДОУ д/с «Солнышко»', submitted: false, errors: 0, warnings: 0, status: 'overdue' },
    ],
  });
  test('срок и число ОО в каждом статусе, «после срока» первым', () => {
    expect(statusText(withStatuses)).toBe(
      'Срок сдачи: 15.10.2021. Статусы ОО: после срока — 1; сдала с ошибками — 1; сдала — 1.',
    );
  });
  test('опоздавшие названы поимённо', () => {
    expect(overdueNames(withStatuses)).toEqual(['МБДОУ д/с «Солнышко»']);
  });
  test('без срока — где его задать; до проверки — ничего', () => {
    expect(statusText(state({ deadline: null }))).toBe('Срок сдачи не задан (лист «Параметры»).');
    expect(statusText(state({ submitted: null }))).toBeNull();
  });
});
