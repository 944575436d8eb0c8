// Document attributes from `Параметры`: typed ones printed as typed, empty ones as a blank, never invented.
import { PARAMETERS } from '../../../src/core/catalogue/parameters';
import { BLANK, documentHead, signatureBlock } from '../../../src/core/report/attributes';
import { buildReport } from '../../../src/core/report/analyticalReport';
import { run } from '../../support/run';
import { districtSheets } from './fixture';

const FILLED = {
  [PARAMETERS.issuer.key]: 'Отдел образования администрации Кузнецкого района',
  [PARAMETERS.documentDate.key]: '20.08.2021',
  [PARAMETERS.reportNumber.key]: '483',
  [PARAMETERS.letterNumber.key]: '484',
  [PARAMETERS.orderNumber.key]: '112-од',
  [PARAMETERS.addressee.key]: 'Главе администрации Кузнецкого района',
  [PARAMETERS.signatoryPosition.key]: 'Начальник отдела образования',
  [PARAMETERS.signatoryName.key]: 'А.А. Перунков',
  [PARAMETERS.executorName.key]: 'Маликова Л.Н.',
  [PARAMETERS.executorPhone.key]: '3-06-90',
};

describe('реквизиты документов', () => {
  const filled = run(districtSheets(FILLED)).result.settings;
  const empty = run(districtSheets()).result.settings;

  test('заданные реквизиты печатаются как введены: «от 20.08.2021 № 483», бланк прописными', () => {
    const head = documentHead(filled, 'report');
    expect(head.reference).toBe('от 20.08.2021 № 483');
    expect(head.issuer).toEqual(['ОТДЕЛ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ КУЗНЕЦКОГО РАЙОНА']);
    expect(head.addressee).toEqual(['Главе администрации Кузнецкого района']);
  });
  test('у письма и приказа свои номера при общей дате', () => {
    expect(documentHead(filled, 'letter').reference).toBe('от 20.08.2021 № 484');
    expect(documentHead(filled, 'order').reference).toBe('от 20.08.2021 № 112-од');
    expect(documentHead(filled, 'order').kind).toBe('ПРИКАЗ');
  });
  test('подпись и исполнитель', () => {
    expect(signatureBlock(filled)).toEqual({
      position: 'Начальник отдела образования',
      name: 'А.А. Перунков',
      executor: ['Исп. Маликова Л.Н.', 'Тел. 3-06-90'],
    });
  });
  test('пустые реквизиты — прочерк для заполнения от руки', () => {
    const head = documentHead(empty, 'letter');
    expect(head.reference).toBe(`от ${BLANK} № ${BLANK}`);
    expect(head.issuer).toEqual([BLANK]);
    expect(signatureBlock(empty)).toEqual({
      position: BLANK,
      name: BLANK,
      executor: [`Исп. ${BLANK}`, `Тел. ${BLANK}`],
    });
  });
  test('дата, которая не дата, — замечание на ячейке и прочерк в документе', () => {
    const r = run(districtSheets({ [PARAMETERS.documentDate.key]: '20 августа' })).result;
    expect(r.issues).toContainEqual(expect.objectContaining({ sheet: 'Параметры', code: 'parameter_invalid' }));
    expect(documentHead(r.settings, 'report').reference).toBe(`от ${BLANK} № ${BLANK}`);
  });
  test('справка несёт бланк и подпись', () => {
    const doc = buildReport(run(districtSheets(FILLED)).result);
    expect(doc.head?.reference).toBe('от 20.08.2021 № 483');
    expect(doc.signature?.name).toBe('А.А. Перунков');
  });
});
