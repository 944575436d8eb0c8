// The preview's server: the add-on's own server functions over in-memory ports, one school per call.
import type { JobStep } from '../../src/shared/contract';
import { outcomeMessage } from '../../src/app/panelView';
import { PreviewServer } from '../../sidebar/dev/previewServer';
import { OWN_FILE_SCHOOL_CODE, previewDistrict } from '../../sidebar/dev/sample';
import {
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
import { buildInMemory } from '../support/run';

const twoSchools = () => [
  parameters(PERIOD_2021),
  registry([
    { code: '01', name: 'МБОУ СОШ №1' },
    { code: '02', name: 'МБОУ ООШ с. Анненково' },
  ]),
  sheet('01 Педагоги', TEACHER_HEADER, [
    teacher('Иванова Анна Петровна'),
    teacher('Смирнов Олег Ильич', { 'Год рождения': 'шестнадцать' }),
  ]),
  sheet('01 Курсы', COURSE_HEADER, []),
  sheet('01 Мероприятия', EVENT_HEADER, []),
];

const BASE = 'http://127.0.0.1:8723/';

const server = (over: Partial<ConstructorParameters<typeof PreviewServer>[0]> = {}) =>
  new PreviewServer({
    sheets: twoSchools(),
    today: TODAY,
    downloadUrl: (name) => `${BASE}download/${encodeURIComponent(name)}`,
    // A test double: the real .docx renderer is the report's own tests' business.
    renderReport: async (doc) => ({
      name: `${doc.fileName}.docx`,
      type: 'application/octet-stream',
      bytes: new TextEncoder().encode(doc.fileName),
    }),
    ...over,
  });

function finish(s: PreviewServer, first: JobStep): { steps: JobStep[]; last: JobStep } {
  const steps = [first];
  let step = first;
  while (step.status === 'running') {
    step = s.functions.continueJob(step.progress.jobId);
    steps.push(step);
  }
  return { steps, last: step };
}

test('задание идёт по одной ОО за вызов, называя следующую ОО', () => {
  const s = server();
  const { steps } = finish(s, s.functions.startJob('check'));
  const running = steps.flatMap((st) => (st.status === 'running' ? [st.progress] : []));
  expect(running.map((p) => [p.stage, p.school, p.done, p.total])).toEqual([
    ['Проверка листов ОО', 'МБОУ ООШ с. Анненково', 1, 2],
  ]);
  expect(steps.at(-1)?.status).toBe('done');
});

test('итог проверки — тот же, что у офлайн-сборки', () => {
  const s = server();
  const { last } = finish(s, s.functions.startJob('check'));
  const expected = buildInMemory(twoSchools(), TODAY);
  expect(last.status === 'done' && last.outcome.message).toBe(outcomeMessage('check', expected));
  const state = s.functions.getPanelState();
  expect([state.submitted, state.notSubmitted, state.issuesTotal]).toEqual([1, 1, expected.issues.length]);
  expect(state.lastRun.check).toMatch(/^\d{4}-\d\d-\d\dT/);
});

test('отчёт: ссылка на скачивание, по которой отдаётся отрисованная справка', async () => {
  const s = server();
  const { last } = finish(s, s.functions.startJob('report'));
  const url = last.status === 'done' ? last.outcome.reportUrl : null;
  expect(url).toMatch(new RegExp(`^${BASE}download/.+\\.docx$`));
  const name = decodeURIComponent((url as string).slice(`${BASE}download/`.length));
  const file = await s.download(name);
  expect(new TextDecoder().decode(file?.bytes)).toBe(name.replace(/\.docx$/, ''));
  await expect(s.download('нет такой.docx')).resolves.toBeNull();
});

test('неизвестное задание — понятная русская ошибка', () => {
  expect(() => server().functions.continueJob('job-404')).toThrow('Это задание уже завершено или заменено другим');
});

test('«Настроить таблицу» добавляет недостающие листы ОО один раз и не трогает данные', () => {
  const s = server();
  const first = s.functions.setupWorkbook('shared');
  expect(first.createdSheets).toBe(4); // у ОО 02 не было ни одного листа; и лист района «Район»
  const again = s.functions.setupWorkbook('shared');
  expect(again.createdSheets).toBe(0);
  const { last } = finish(s, s.functions.startJob('check'));
  expect(last.status === 'done' && last.outcome.state.schools.map((x) => x.submitted)).toEqual([true, false]); // пустые листы — «не сдала»
});

test('openCell запоминает ячейку; для таблицы ОО возвращает адрес её страницы в предпросмотре', () => {
  const district = previewDistrict((code) => `${BASE}file/${code}`, { hostileName: false });
  const s = server({ sheets: district.sheets, files: district.files });
  expect(s.functions.openCell({ sheet: '01 Педагоги', cell: 'D5' })).toEqual({ opened: true });
  const file = `${BASE}file/${OWN_FILE_SCHOOL_CODE}`;
  expect(s.functions.openCell({ sheet: 'Педагоги', cell: 'I7', file })).toEqual({
    opened: false,
    url: `${file}?sheet=%D0%9F%D0%B5%D0%B4%D0%B0%D0%B3%D0%BE%D0%B3%D0%B8&cell=I7`,
  });
  expect(s.openedHistory).toEqual([
    { sheet: '01 Педагоги', cell: 'D5' },
    { sheet: 'Педагоги', cell: 'I7', file },
  ]);
  expect(s.ports.district.activated).toEqual([{ sheet: '01 Педагоги', cell: 'D5' }]);
});

test('openCell листа, которого нет, — русская ошибка сервера, как в дополнении', () => {
  expect(() => server().functions.openCell({ sheet: '99 Педагоги', cell: 'A1' })).toThrow(
    'Лист «99 Педагоги» не найден',
  );
});

test('ОО со своей таблицей считается по данным этой таблицы', () => {
  const district = previewDistrict((code) => `${BASE}file/${code}`, { hostileName: false });
  const s = server({ sheets: district.sheets, files: district.files });
  const { last } = finish(s, s.functions.startJob('check'));
  const own =
    last.status === 'done' ? last.outcome.state.schools.find((x) => x.code === OWN_FILE_SCHOOL_CODE) : undefined;
  expect(own?.submitted).toBe(true);
  const issue =
    last.status === 'done' ? last.outcome.state.issues.find((i) => i.school === OWN_FILE_SCHOOL_CODE) : undefined;
  expect(issue?.target.file).toBe(`${BASE}file/${OWN_FILE_SCHOOL_CODE}`);
});

test('учебный район предпросмотра по умолчанию — без «враждебного» названия ОО', () => {
  const plain = previewDistrict((code) => `${BASE}file/${code}`, { hostileName: false });
  const names =
    plain.sheets
      .find((x) => x.name === 'ОО')
      ?.values.flat()
      .map(String) ?? [];
  expect(names.some((n) => /[<>]/.test(n))).toBe(false);
});
