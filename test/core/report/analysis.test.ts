// The справка's analysis: every count with its share, mismatches explained, no ranking of tiny groups, terms of the
// period.
import { buildReport } from '../../../src/core/report/analyticalReport';
import type { Inline, ReportBlock } from '../../../src/core/report/model';
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
} from '../../support/district';
import { run } from '../../support/run';

const NB = '\u00a0';
const text = (runs: Inline[]) => runs.map((r) => (typeof r === 'string' ? r : r.text)).join('');
const prose = (blocks: ReportBlock[]) =>
  blocks
    .map((b) => (b.kind === 'paragraph' ? text(b.runs) : b.kind === 'bullets' ? b.items.map(text).join('\n') : ''))
    .join('\n');

/** One school: `n` teachers of a subject, the first `diagnosed` of them diagnosed, each with its own ИОМ. */
function school(groups: { subject: string; n: number; diagnosed: number; iom?: string }[], period = PERIOD_2021) {
  let i = 0;
  const teachers = groups.flatMap((g) =>
    Array.from({ length: g.n }, (_, k) =>
      teacher(`Педагог ${++i}`, {
        Предмет: g.subject,
        'Диагностика дефицитов': k < g.diagnosed ? '10.02.2021' : null,
        ИОМ: g.iom ?? 'нет',
      }),
    ),
  );
  return buildReport(
    run([
      parameters(period),
      registry([{ code: '01', name: 'МБОУ СОШ №1' }]),
      sheet('01 Педагоги', TEACHER_HEADER, teachers),
      sheet('01 Курсы', COURSE_HEADER, [course('Педагог 1', '20.03.2021')]),
      sheet('01 Мероприятия', EVENT_HEADER, []),
    ]).result,
  );
}

test('«наибольший/наименьший» — только среди предметов, которые ведут не меньше 10 педагогов', () => {
  const doc = school([
    { subject: 'Математика', n: 10, diagnosed: 6 },
    { subject: 'Русский язык', n: 12, diagnosed: 3 },
    { subject: 'Физика', n: 5, diagnosed: 4 },
    { subject: 'Музыка', n: 1, diagnosed: 0 },
  ]);
  const p = prose(doc.blocks);
  expect(p).toContain(
    `наибольший охват диагностикой — «Математика» (60${NB}%, 6 из 10), наименьший — «Русский язык» (25${NB}%, 3 из 12)`,
  );
  expect(p).not.toMatch(/«Физика» \(80/);
  expect(p).toContain('По 2 предметам, которые преподают меньше 10 педагогов, доли не сравниваются');
});

test('ни одной большой группы — сравнения нет вовсе', () => {
  const p = prose(
    school([
      { subject: 'Физика', n: 5, diagnosed: 4 },
      { subject: 'Музыка', n: 1, diagnosed: 0 },
    ]).blocks,
  );
  expect(p).not.toMatch(/наибольший|наименьший/);
});

test('расхождение ИОМ и диагностики объяснено границами, верными при любом распределении', () => {
  // 12 ИОМ, 3 из них — на основе диагностики; диагностику прошли 8 педагогов.
  const doc = school([
    { subject: 'Математика', n: 3, diagnosed: 3, iom: 'разработан на основе диагностики' },
    { subject: 'Математика', n: 9, diagnosed: 5, iom: 'разработан' },
  ]);
  const p = prose(doc.blocks);
  expect(p).toContain(
    'тогда как диагностику прошли 8\u00a0педагогов. Расхождение означает, что не менее 4 маршрутов составлены '
      + 'для педагогов, не проходивших диагностику, а не менее 5\u00a0педагогов, прошедших диагностику, не имеют маршрута',
  );
});

test('справка за 2020/2021 пишет «ОБЖ», за 2024/2025 — «ОБЗР»', () => {
  const old = prose(
    school([
      { subject: 'ОБЗР', n: 10, diagnosed: 5 },
      { subject: 'Математика', n: 10, diagnosed: 2 },
    ]).blocks,
  );
  expect(old).toContain('«ОБЖ»');
  expect(old).not.toContain('ОБЗР');
});
