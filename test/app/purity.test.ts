// src/app is the add-on's logic over ports: it must not reach for Apps Script or Node itself.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const APP = join(__dirname, '../../src/app');
const FORBIDDEN =
  /\b(SpreadsheetApp|DocumentApp|DriveApp|LockService|PropertiesService|HtmlService|Utilities|Session|ScriptApp|GoogleAppsScript)\b|\bSheets\.Spreadsheets\b|from ['"]node:|require\(/;

test.each(readdirSync(APP).filter((f) => f.endsWith('.ts')))('%s uses ports, not Apps Script or Node', (file) => {
  const code = readFileSync(join(APP, file), 'utf8')
    .split('\n')
    .filter((l) => !l.trim().startsWith('//') && !l.trim().startsWith('*'));
  expect(code.filter((l) => FORBIDDEN.test(l))).toEqual([]);
});
