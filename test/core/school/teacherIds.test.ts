// «Как обозначать педагогов»: in code mode a name stops at the school's sheet; above the school no output names anyone.
import { errorsSheet } from '../../../src/core/layout/errorsSheet';
import { planSheet } from '../../../src/core/layout/planSheet';
import {
  COURSE_HEADER,
  EVENT_HEADER,
  PERIOD_2021,
  course,
  event,
  oneSchool,
  sheet,
  teacher,
  TEACHER_HEADER,
} from '../../support/district';
import { run } from '../../support/run';

// Builds of the sample district: seconds each on a busy shared machine.
jest.setTimeout(120000);

const CODES = { ...PERIOD_2021, 'Как обозначать педагогов': 'код' };
const asCode = (h: string) => (h === 'ФИО' ? 'Код педагога' : h);
const byCode = (row: Record<string, unknown>) => {
  const { ФИО: key, ...rest } = row;
  return { ...rest, 'Код педагога': key } as Record<string, string | number | null>;
};

function codeSchool(teachers: string[], courses: string[] = [], events: string[] = []) {
  const sheets = oneSchool([], [], [], CODES);
  sheets[2] = sheet(
    '01 Педагоги',
    TEACHER_HEADER.map(asCode),
    teachers.map((k) => byCode(teacher(k))),
  );
  sheets[3] = sheet(
    '01 Курсы',
    COURSE_HEADER.map(asCode),
    courses.map((k) => byCode(course(k, '15.03.2021'))),
  );
  sheets[4] = sheet(
    '01 Мероприятия',
    EVENT_HEADER.map(asCode),
    events.map((k) => byCode(event(k, 'открытый урок', '20.10.2020'))),
  );
  return run(sheets);
}

describe('параметр «Как обозначать педагогов»', () => {
  test('не задан — ФИО, как до появления выбора', () => {
    expect(run(oneSchool([teacher('Иванова Анна Петровна')])).result.settings.teacherIds).toBe('name');
  });

  test('«код» и «табельный номер» — коды; непонятное значение — ошибка параметра и ФИО', () => {
    expect(run(oneSchool([], [], [], CODES)).result.settings.teacherIds).toBe('code');
    const numbers = run(oneSchool([], [], [], { ...PERIOD_2021, 'Как обозначать педагогов': 'Табельный номер' }));
    expect(numbers.result.settings.teacherIds).toBe('code');
    const odd = run(oneSchool([], [], [], { ...PERIOD_2021, 'Как обозначать педагогов': 'инициалы' }));
    expect(odd.result.settings.teacherIds).toBe('name');
    expect(odd.codes()).toContain('Параметры!B5 parameter_invalid');
  });
});

describe('режим кодов', () => {
  test('коды с цифрами учитываются на всех трёх листах', () => {
    const r = codeSchool(['0123', 'У-17'], ['У-17'], ['0123']);
    expect(r.fig('K1')).toEqual({ value: 2 });
    expect(r.fig('PK1')).toMatchObject({ numerator: 1, denominator: 2 });
    expect(r.fig('E1')).toEqual({ value: 1 });
    expect(r.summary.issues).toEqual([]);
  });

  test('ФИО вместо кода — ошибка в ячейке, строка не учтена, само ФИО не повторяется ни в одном сообщении', () => {
    const r = codeSchool(['0123', 'Иванова Анна Петровна'], ['Иванова Анна Петровна'], ['Иванова А. П.']);
    expect(r.codes()).toEqual([
      '01 Педагоги!A3 teacher_name_not_code',
      '01 Курсы!A2 teacher_name_not_code',
      '01 Мероприятия!A2 teacher_name_not_code',
    ]);
    expect(r.school().rows.Педагоги).toEqual({ read: 2, used: 1, excluded: 1 });
    const everything = JSON.stringify(r.result);
    expect(everything).not.toMatch(/Иванова/);
  });

  test('столбец «ФИО» в режиме кодов — предупреждение на заголовке, коды в нём читаются', () => {
    const r = run(oneSchool([teacher('0123')], [course('0123', '15.03.2021')], [], CODES));
    expect(r.codes()).toEqual(
      ['01 Педагоги!A1', '01 Курсы!A1', '01 Мероприятия!A1'].map((c) => `${c} column_names_teachers`),
    );
    expect(r.fig('PK1')).toMatchObject({ numerator: 1, denominator: 1 });
  });

  test('«План ПК» называет столбец «Код педагога» и показывает коды', () => {
    const r = codeSchool(['0123']);
    const plan = planSheet(r.result);
    expect(plan.header[0][2]).toBe('Код педагога');
    expect(plan.rows.map((row) => row[2].value)).toEqual(['0123']);
  });
});

describe('режим ФИО: выше школы ФИО не называется', () => {
  const r = run(
    oneSchool(
      [teacher('Иванова Анна Петровна'), teacher('Иванова Анна Петровна')],
      [course('Ивaнова Анна Петровна', '15.03.2021'), course('Петров Пётр', '15.03.2021')],
    ),
  );

  test('сообщение для школы называет педагога, summary.json и лист «Ошибки» — нет', () => {
    const own = r.result.issues.filter((i) => i.code === 'teacher_duplicate' || i.code === 'teacher_unknown');
    expect(own).toHaveLength(3);
    for (const i of own) expect(i.message).toMatch(/«(Ивaнова|Иванова|Петров)/);
    expect(JSON.stringify(r.summary)).not.toMatch(/Иванова|Ивaнова|Петров/);
    const errors = errorsSheet(r.result)
      .rows.map((row) => row.map((c) => c.value).join(' '))
      .join('\n');
    expect(errors).not.toMatch(/Иванова|Ивaнова|Петров/);
  });

  test('без имени сообщение всё равно ведёт к строке: «похоже на педагога из строки 2»', () => {
    const unknown = r.summary.issues.find((i) => i.sheet === '01 Курсы' && i.cell === 'A2')!;
    expect(unknown.message).toContain('Похоже на педагога из строки 2');
  });
});
