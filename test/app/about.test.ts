// «О программе»: this copy's version against the template's, and the template publishing its own.
import { aboutInfo, isNewer, type ReleasePort } from '../../src/app/about';

const TEMPLATE = '1TemplateSheetFake000000000000xyz';

/** A template publishing `published`; this workbook is the template when `here` is true. */
function release(version: string, published: string | null, here = false): ReleasePort & { publishedNow: string[] } {
  const publishedNow: string[] = [];
  let current = published;
  return {
    version,
    templateId: TEMPLATE,
    isTemplate: () => here,
    publishedVersion: () => current,
    publish: (v) => {
      publishedNow.push(v);
      current = v;
    },
    publishedNow,
  };
}

describe('сравнение версий', () => {
  test.each([
    ['0.2.0', '0.1.0', true],
    ['0.10.0', '0.9.3', true],
    ['1.0.0', '0.99.99', true],
    ['0.1.0', '0.1.0', false],
    ['0.1.0', '0.2.0', false],
    ['0.2', '0.1.9', true],
    ['0.2.0-beta', '0.1.0', true],
  ])('%s новее %s: %s', (candidate, current, expected) => {
    expect(isNewer(candidate, current)).toBe(expected);
  });
});

test('шаблон опубликовал более новую версию — панель предлагает обновиться', () => {
  expect(aboutInfo(release('0.1.0', '0.2.0'))).toEqual({
    version: '0.1.0',
    latest: '0.2.0',
    updateAvailable: true,
    isTemplate: false,
    templateUrl: `https://docs.google.com/spreadsheets/d/${TEMPLATE}/copy`,
  });
});

test('та же версия — обновлять нечего', () => {
  expect(aboutInfo(release('0.2.0', '0.2.0'))).toMatchObject({ latest: '0.2.0', updateAvailable: false });
});

test('копия новее шаблона (шаблон ещё не открывали после выпуска) — не предлагать «обновиться» назад', () => {
  expect(aboutInfo(release('0.3.0', '0.2.0'))).toMatchObject({ latest: '0.2.0', updateAvailable: false });
});

test('в самом шаблоне панель публикует его версию, а копии её читают', () => {
  const port = release('0.2.0', '0.1.0', true);
  expect(aboutInfo(port)).toMatchObject({ isTemplate: true, latest: '0.2.0', updateAvailable: false });
  expect(port.publishedNow).toEqual(['0.2.0']);
  aboutInfo(port);
  expect(port.publishedNow).toEqual(['0.2.0']);
});

test('шаблон недоступен — панель работает, просто не знает о новой версии', () => {
  const port: ReleasePort = {
    ...release('0.1.0', null),
    publishedVersion: () => {
      throw new Error('You do not have permission to access the requested document.');
    },
  };
  expect(aboutInfo(port)).toMatchObject({ version: '0.1.0', latest: null, updateAvailable: false });
});

test('сборка без шаблона: только своя версия, шаблон не читается', () => {
  const port: ReleasePort = {
    version: '0.1.0',
    templateId: null,
    isTemplate: () => {
      throw new Error('не должен вызываться');
    },
    publishedVersion: () => {
      throw new Error('не должен вызываться');
    },
    publish: () => {
      throw new Error('не должен вызываться');
    },
  };
  expect(aboutInfo(port)).toEqual({
    version: '0.1.0',
    latest: null,
    updateAvailable: false,
    isTemplate: false,
    templateUrl: null,
  });
});
