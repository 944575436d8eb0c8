// The preview's stand-in server: the contract's functions over the offline engine, school by school.
import { buildDistrict, memorySource } from '../../src/core/build';
import { outcomeMessage } from '../../src/shared/panelView';
import type { JobStep } from '../../src/shared/contract';
import { LocalServer } from '../../sidebar/dev/localServer';
import { OWN_FILE_SCHOOL_CODE, previewDistrict } from '../../sidebar/dev/sample';
import { COURSE_HEADER, parameters, PERIOD_2021, registry, sheet, teacher, TEACHER_HEADER, EVENT_HEADER, TODAY } from '../support/district';

const twoSchools = () => [
  parameters(PERIOD_2021),
  registry([{ code: '01', name: 'МБОУ СОШ №1' }, { code: '02', name: 'МБОУ ООШ с. Анненково' }]),
  sheet('01 Педагоги', TEACHER_HEADER, [teacher('Иванова Анна Петровна'), teacher('Смирнов Олег Ильич', { 'Год рождения': 'шестнадцать' })]),
  sheet('01 Курсы', COURSE_HEADER, []),
  sheet('01 Мероприятия', EVENT_HEADER, []),
];

const server = (over: Partial<ConstructorParameters<typeof LocalServer>[0]> = {}) => new LocalServer({
  sheets: twoSchools(),
  today: TODAY,
  downloadUrl: (name) => `http://127.0.0.1:8723/download/${encodeURIComponent(name)}`,
  // A test double: the real .docx renderer is the report's own tests' business.
  renderReport: async (result) => ({ name: 'Справка.docx', type: 'application/octet-stream', bytes: new TextEncoder().encode(result.settings.municipality) }),
  ...over,
});

async function finish(s: LocalServer, first: JobStep): Promise<{ steps: JobStep[]; last: JobStep }> {
  const steps = [first];
  let step = first;
  while (step.status === 'running') {
    step = await s.continueJob(step.progress.jobId);
    steps.push(step);
  }
  return { steps, last: step };
}

test('задание идёт по одной ОО за вызов, называя следующую ОО', async () => {
  const s = server();
  const { steps } = await finish(s, await s.startJob('check'));
  const running = steps.flatMap((st) => (st.status === 'running' ? [st.progress] : []));
  expect(running.map((p) => [p.stage, p.school, p.done, p.total])).toEqual([
    ['Проверка данных ОО', 'МБОУ СОШ №1', 0, 2],
    ['Проверка данных ОО', 'МБОУ ООШ с. Анненково', 1, 2],
    ['Подсчёт показателей района', null, 2, 2],
  ]);
});

test('итог проверки — тот же, что у офлайн-сборки', async () => {
  const s = server();
  const { last } = await finish(s, await s.startJob('check'));
  const expected = buildDistrict(memorySource(twoSchools()), TODAY);
  expect(last.status === 'done' && last.outcome.message).toBe(outcomeMessage('check', expected));
  const state = await s.getPanelState();
  expect([state.submitted, state.notSubmitted, state.issuesTotal]).toEqual([1, 1, expected.issues.length]);
  expect(state.lastRun.check).toMatch(/^\d{4}-\d\d-\d\dT/);
});

test('отчёт: отдельный этап «Формирование справки», затем ссылка на скачивание', async () => {
  const s = server();
  const { steps, last } = await finish(s, await s.startJob('report'));
  expect(steps.some((st) => st.status === 'running' && st.progress.stage === 'Формирование справки')).toBe(true);
  expect(last.status === 'done' && last.outcome.reportUrl).toBe('http://127.0.0.1:8723/download/%D0%A1%D0%BF%D1%80%D0%B0%D0%B2%D0%BA%D0%B0.docx');
  expect(new TextDecoder().decode(s.downloads.get('Справка.docx')?.bytes)).toBe('Кузнецкого района');
});

test('неизвестное задание — понятная русская ошибка', async () => {
  await expect(server().continueJob('job-404')).rejects.toThrow('Задание не найдено');
});

test('«Настроить таблицу» добавляет недостающие листы ОО один раз и не трогает данные', async () => {
  const s = server();
  const first = await s.setupWorkbook('shared');
  expect(first.createdSheets).toBe(3); // у ОО 02 не было ни одного листа
  const again = await s.setupWorkbook('shared');
  expect(again.createdSheets).toBe(0);
  const { last } = await finish(s, await s.startJob('check'));
  expect(last.status === 'done' && last.outcome.state.schools.map((x) => x.submitted)).toEqual([true, false]); // пустые листы — «не сдала»
});

test('openCell запоминает ячейку; для таблицы ОО возвращает адрес её страницы', async () => {
  const district = previewDistrict((code) => `http://127.0.0.1:8723/file/${code}`);
  const s = server({ sheets: district.sheets, files: district.files });
  await expect(s.openCell({ sheet: '01 Педагоги', cell: 'D5' })).resolves.toEqual({ opened: true });
  const file = `http://127.0.0.1:8723/file/${OWN_FILE_SCHOOL_CODE}`;
  await expect(s.openCell({ sheet: 'Педагоги', cell: 'I7', file })).resolves.toEqual({ opened: false, url: `${file}?sheet=%D0%9F%D0%B5%D0%B4%D0%B0%D0%B3%D0%BE%D0%B3%D0%B8&cell=I7` });
  expect(s.openedHistory).toEqual([{ sheet: '01 Педагоги', cell: 'D5' }, { sheet: 'Педагоги', cell: 'I7', file }]);
});

test('ОО со своей таблицей считается по данным этой таблицы', async () => {
  const district = previewDistrict((code) => `http://127.0.0.1:8723/file/${code}`);
  const s = server({ sheets: district.sheets, files: district.files });
  const { last } = await finish(s, await s.startJob('check'));
  const own = last.status === 'done' ? last.outcome.state.schools.find((x) => x.code === OWN_FILE_SCHOOL_CODE) : undefined;
  expect(own?.submitted).toBe(true);
  const issue = last.status === 'done' ? last.outcome.state.issues.find((i) => i.school === OWN_FILE_SCHOOL_CODE) : undefined;
  expect(issue?.target.file).toBe(`http://127.0.0.1:8723/file/${OWN_FILE_SCHOOL_CODE}`);
});
