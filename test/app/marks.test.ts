// Cell marks of a check: merged with what people put on the sheet, the previous check's marks removed.
import { issue } from '../../src/core/issues';
import { MARK_COLOURS, MARK_NOTE_PREFIX, marksBySheet, mergeMarks } from '../../src/app/marks';

const bad = (cell: string, row: number, message: string, code: 'not_a_number' | 'subject_missing' = 'not_a_number') =>
  issue({ sheet: '01 Педагоги', cell, row, column: 'Год рождения', code, message, school: '01' });

test('two issues in one cell give one mark with both messages; an error outranks a warning', () => {
  const marks = marksBySheet([bad('D5', 5, 'Не число.', 'subject_missing'), bad('D5', 5, 'Вне диапазона.')]).get(
    '01 Педагоги',
  )!;
  expect(marks).toEqual([{ row: 5, column: 4, severity: 'error', note: 'Не число.\nВне диапазона.' }]);
});

test('header-row issues are not marked: row 1 keeps the template’s notes', () => {
  expect(marksBySheet([bad('T1', 1, 'Нет столбца.')]).size).toBe(0);
});

test('an issue in a school’s own file is marked on the sheet of that file', () => {
  const i = {
    ...bad('B3', 3, 'Не из списка.'),
    external: { file: 'https://docs.google.com/spreadsheets/d/x/edit', sheetName: 'Педагоги' },
  };
  expect([...marksBySheet([i]).keys()]).toEqual(['Педагоги']);
});

test('the previous check’s marks go, a person’s own colour and note stay', () => {
  const backgrounds = [
    [MARK_COLOURS.error, '#00ff00'],
    ['#ffffff', MARK_COLOURS.warning],
  ];
  const notes = [
    [`${MARK_NOTE_PREFIX}Старая ошибка.`, 'Уточнить у завуча'],
    [`${MARK_NOTE_PREFIX}Старое.\n\nМоя заметка`, ''],
  ];
  const merged = mergeMarks(backgrounds, notes, [{ row: 3, column: 2, severity: 'warning', note: 'Нет предмета.' }]);
  expect(merged.backgrounds).toEqual([
    [null, '#00ff00'],
    [null, MARK_COLOURS.warning],
  ]);
  expect(merged.notes).toEqual([
    ['', 'Уточнить у завуча'],
    ['Моя заметка', `${MARK_NOTE_PREFIX}Нет предмета.`],
  ]);
});

test('a mark on a cell with a person’s note keeps that note after ours, and the next check gives it back', () => {
  const first = mergeMarks(
    [['#ffffff']],
    [['Проверено']],
    [{ row: 2, column: 1, severity: 'error', note: 'Не число.' }],
  );
  expect(first.notes[0][0]).toBe(`${MARK_NOTE_PREFIX}Не число.\n\nПроверено`);
  const second = mergeMarks([[MARK_COLOURS.error]], first.notes, []);
  expect(second.notes[0][0]).toBe('Проверено');
});
