// The district's own indicators (issue 10, sample document 4): from the sheet `Район` and the registry, one value
// a district.
// A region sums them like any other: counts add up, shares as Σ numerators / Σ denominators.
import type { DistrictFacts, DistrictItem } from '../districtSheet';
import type { DistrictIndicatorDef } from './indicators';
import type { DistrictItemKind } from './lists';

const items =
  (kinds: readonly DistrictItemKind[], dated = false) =>
  (d: DistrictFacts) =>
    d.items.filter((i) => kinds.includes(i.kind) && (!dated || i.inPeriod));
const rows =
  (kinds: readonly DistrictItemKind[], dated = false) =>
  (d: DistrictFacts) =>
    items(kinds, dated)(d).length;
const COMMUNITIES: readonly DistrictItemKind[] = ['методическое объединение', 'профессиональное сообщество'];
const EVENTS: readonly DistrictItemKind[] = ['семинар', 'вебинар', 'мастер-класс'];
const visited = (d: DistrictFacts) => new Set(items(['методдесант'], true)(d).map((i: DistrictItem) => i.school));
const KIND = '«Вид» на листе «Район»';

export const DISTRICT_INDICATORS: readonly DistrictIndicatorDef[] = [
  {
    scope: 'district',
    code: 'MO1',
    name: 'Методические объединения и профессиональные сообщества (шт.)',
    kind: 'count',
    unit: 'шт.',
    section: 'district',
    key: false,
    numerator: rows(COMMUNITIES),
    method: `Строки листа «Район» с ${KIND} «методическое объединение» или «профессиональное сообщество».`,
    measure: 'создать районные методические объединения и профессиональные сообщества по предметам, где их нет',
  },
  {
    scope: 'district',
    code: 'MO2',
    name: 'Педагоги — участники МО и профессиональных сообществ (чел.)',
    kind: 'count',
    unit: 'чел.',
    section: 'district',
    key: false,
    numerator: (d) => items(COMMUNITIES)(d).reduce((n, i) => n + (i.members ?? 0), 0),
    method:
      'Сумма «Участников» по МО и профессиональным сообществам листа «Район» (педагог в двух МО считается дважды).',
    measure: 'вовлекать педагогов в работу районных методических объединений и профессиональных сообществ',
  },
  {
    scope: 'district',
    code: 'MO3',
    name: 'Доля МО и сообществ с программой поддержки',
    kind: 'share',
    unit: '%',
    section: 'district',
    key: false,
    numerator: (d) => items(COMMUNITIES)(d).filter((i) => i.support === true).length,
    denominator: rows(COMMUNITIES),
    method:
      'МО и профессиональные сообщества с «Программа поддержки» = да / все МО и профессиональные сообщества листа «Район».',
    measure: 'разработать программы поддержки методических объединений и профессиональных сообществ',
  },
  {
    scope: 'district',
    code: 'DE1',
    name: 'Районные семинары, вебинары и мастер-классы (шт.)',
    kind: 'count',
    unit: 'шт.',
    section: 'district',
    key: false,
    numerator: rows(EVENTS, true),
    method: `Строки листа «Район» с ${KIND} «семинар», «вебинар» или «мастер-класс» и датой в отчётном периоде.`,
    measure: 'запланировать районные семинары, вебинары и мастер-классы по выявленным дефицитам педагогов',
  },
  {
    scope: 'district',
    code: 'DE2',
    name: 'Методические письма и рекомендации (шт.)',
    kind: 'count',
    unit: 'шт.',
    section: 'district',
    key: false,
    numerator: rows(['методическое письмо'], true),
    method: `Строки листа «Район» с ${KIND} «методическое письмо» и датой в отчётном периоде.`,
    measure: 'подготовить методические письма о преподавании предметов по итогам мониторинга',
  },
  {
    scope: 'district',
    code: 'DE3',
    name: 'Мероприятия по повышению мотивации педагогов (шт.)',
    kind: 'count',
    unit: 'шт.',
    section: 'district',
    key: false,
    numerator: rows(['мотивационное мероприятие'], true),
    method: `Строки листа «Район» с ${KIND} «мотивационное мероприятие» и датой в отчётном периоде.`,
    measure: 'провести мероприятия, повышающие мотивацию педагогов к профессиональному росту',
  },
  {
    scope: 'district',
    code: 'DE4',
    name: 'Методдесанты в ОО (шт.)',
    kind: 'count',
    unit: 'шт.',
    section: 'district',
    key: false,
    numerator: rows(['методдесант'], true),
    method: `Строки листа «Район» с ${KIND} «методдесант» и датой в отчётном периоде.`,
    measure: 'провести методдесанты в ОО с низкими результатами и признаками необъективности',
  },
  {
    scope: 'district',
    code: 'DE5',
    name: 'Доля ОО с низкими или необъективными результатами, где проведён методдесант',
    kind: 'share',
    unit: '%',
    section: 'district',
    key: false,
    numerator: (d) => d.flagged.filter((code) => visited(d).has(code)).length,
    denominator: (d) => d.flagged.length,
    method:
      'ОО реестра с отметкой «Низкие результаты» или «Признаки необъективности», в которые в отчётном периоде проведён методдесант (код ОО в строке «Район») / все ОО реестра с такой отметкой.',
    measure: 'включить в план методдесанты во все ОО с низкими результатами и признаками необъективности',
  },
  {
    scope: 'district',
    code: 'PR1',
    name: 'Программы наставничества в районе (шт.)',
    kind: 'count',
    unit: 'шт.',
    section: 'district',
    key: false,
    numerator: rows(['программа наставничества']),
    method: `Строки листа «Район» с ${KIND} «программа наставничества».`,
    measure: 'разработать муниципальную программу наставничества',
  },
  {
    scope: 'district',
    code: 'PR2',
    name: 'Программы поддержки МО и профессиональных сообществ (шт.)',
    kind: 'count',
    unit: 'шт.',
    section: 'district',
    key: false,
    numerator: rows(['программа поддержки МО']),
    method: `Строки листа «Район» с ${KIND} «программа поддержки МО».`,
    measure: 'разработать программу поддержки методических объединений и профессиональных сообществ',
  },
];
