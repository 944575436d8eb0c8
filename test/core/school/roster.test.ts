// Finding a course's or event's teacher when the key is a personnel number.
import { run } from '../../support/run';
import { COURSE_HEADER, EVENT_HEADER, oneSchool, sheet, teacher, TEACHER_HEADER } from '../../support/district';

const byNumber = (h: string) => (h === 'ФИО' ? 'Табельный номер' : h);

function schoolByNumber(teacherNumber: string | number, courseNumber: string | number, eventNumber: string | number) {
  const sheets = oneSchool([]);
  sheets[2] = sheet('01 Педагоги', TEACHER_HEADER.map(byNumber), [
    { ...teacher(''), 'Табельный номер': teacherNumber },
  ]);
  sheets[3] = sheet('01 Курсы', COURSE_HEADER.map(byNumber), [
    {
      'Табельный номер': courseNumber,
      'Вид программы': 'повышение квалификации',
      'Название программы': 'Функциональная грамотность',
      Организация: 'ИРО',
      'Дата окончания': '15.03.2021',
    },
  ]);
  sheets[4] = sheet('01 Мероприятия', EVENT_HEADER.map(byNumber), [
    {
      'Табельный номер': eventNumber,
      Вид: 'открытый урок',
      Уровень: 'школьный',
      Название: 'Урок-игра',
      Дата: '20.10.2020',
    },
  ]);
  return run(sheets);
}

describe('табельный номер, который таблица превратила в число', () => {
  test('«007» на листе «Педагоги» и число 7 на «Курсы» и «Мероприятия» — один педагог', () => {
    const r = schoolByNumber('007', 7, 7);
    expect(r.school().rows).toEqual({
      Педагоги: { read: 1, used: 1, excluded: 0 },
      Курсы: { read: 1, used: 1, excluded: 0 },
      Мероприятия: { read: 1, used: 1, excluded: 0 },
    });
    expect(r.fig('PK1')).toMatchObject({ numerator: 1, denominator: 1 });
    expect(r.fig('E1')).toEqual({ value: 1 });
  });

  test('число 7 на листе «Педагоги» и «007» на «Курсы» — тоже один педагог', () => {
    const r = schoolByNumber(7, '007', '07');
    expect(r.fig('PK1')).toMatchObject({ numerator: 1, denominator: 1 });
    expect(r.fig('E1')).toEqual({ value: 1 });
  });

  test('другой номер (70) — педагог не найден, строка не учтена', () => {
    const r = schoolByNumber('007', 70, 7);
    expect(r.school().rows.Курсы).toEqual({ read: 1, used: 0, excluded: 1 });
    expect(r.summary.issues).toContainEqual(
      expect.objectContaining({ sheet: '01 Курсы', cell: 'A2', code: 'teacher_unknown' }),
    );
  });
});

describe('замечания называют столбец так, как он назван на листе', () => {
  test('пустой «Табельный номер» — ошибка в столбце «Табельный номер», а не «ФИО»', () => {
    const r = schoolByNumber('', '007', '007');
    const missing = r.summary.issues.find((i) => i.sheet === '01 Педагоги' && i.code === 'name_missing');
    expect(missing).toMatchObject({
      cell: 'A2',
      column: 'Табельный номер',
      message: expect.stringContaining('«Табельный номер»'),
    });
    expect(missing?.message).not.toContain('ФИО');
  });

  test('неизвестный табельный номер в «Курсах» — замечание в столбце «Табельный номер»', () => {
    const r = schoolByNumber('007', '008', '007');
    expect(r.summary.issues).toContainEqual(
      expect.objectContaining({ sheet: '01 Курсы', cell: 'A2', column: 'Табельный номер', code: 'teacher_unknown' }),
    );
  });
});
