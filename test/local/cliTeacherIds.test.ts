// The command line of issue 16: `template --teachers`, `template --school-key`, `names` — parsed, refused in Russian.
import { parseArgs } from '../../src/cli/args';

describe('pedmonitor template --teachers / --school-key, pedmonitor names', () => {
  it('без --teachers — ФИО; «код» и «табельный номер» — коды', () => {
    expect(parseArgs(['template', '--out', 'район.xlsx'])).toMatchObject({ name: 'template', teacherIds: 'name' });
    expect(parseArgs(['template', '--out', 'район.xlsx', '--teachers', 'код'])).toMatchObject({ teacherIds: 'code' });
    expect(parseArgs(['template', '--per-school', '--out', 'п', '--teachers', 'Табельный номер'])).toMatchObject({
      perSchool: true,
      teacherIds: 'code',
    });
  });

  it('непонятное значение --teachers — отказ по-русски', () => {
    expect(() => parseArgs(['template', '--out', 'x.xlsx', '--teachers', 'инициалы'])).toThrow(
      '--teachers ожидает «код» или «ФИО», а указано «инициалы».',
    );
  });

  it('--school-key — отдельная команда ключа, без других параметров шаблона', () => {
    expect(parseArgs(['template', '--school-key', '--out', 'ключ.xlsx'])).toEqual({
      name: 'school-key',
      out: 'ключ.xlsx',
    });
    expect(() => parseArgs(['template', '--school-key', '--per-school', '--out', 'п'])).toThrow(
      /--school-key пишется только вместе с --out/,
    );
  });

  it('names: ключ, вход, выход и необязательный код ОО', () => {
    expect(
      parseArgs(['names', '--key', 'к.xlsx', '--input', 'summary.xlsx', '--out', 'план.xlsx', '--school', '01']),
    ).toEqual({ name: 'names', key: 'к.xlsx', input: 'summary.xlsx', out: 'план.xlsx', school: '01' });
    expect(() => parseArgs(['names', '--input', 'summary.xlsx', '--out', 'план.xlsx'])).toThrow(
      'Не указан параметр --key (ключ школы .xlsx).',
    );
  });
});
