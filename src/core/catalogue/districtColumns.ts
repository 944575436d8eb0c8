// The district sheet `Район` (issue 10): what the methodologist records for the whole district, one row a thing.
import { col, type Columns } from './columns';
import { SHEET_NAMES, type SheetDef } from './sheets';
import { DISTRICT_ITEM_KINDS } from './lists';

export const districtColumns = {
  kind: col.list('Вид', DISTRICT_ITEM_KINDS, {
    usedBy: ['MO1', 'MO2', 'MO3', 'DE1', 'DE2', 'DE3', 'DE4', 'PR1', 'PR2'],
    required: true,
    excludesRow: true,
    width: 240,
    note: 'Что это: МО, профессиональное сообщество, районное мероприятие, методическое письмо, методдесант или программа.',
  }),
  title: col.text('Название', {
    usedBy: ['описание записи'],
    required: true,
    width: 300,
    note: 'Название МО, мероприятия, письма или программы.',
  }),
  members: col.int('Участников', {
    usedBy: ['MO2'],
    min: 0,
    max: 100000,
    note: 'Для МО и сообществ: число педагогов-участников; для мероприятия — участников.',
  }),
  support: col.yesno('Программа поддержки', {
    usedBy: ['MO3'],
    note: 'Для МО и сообществ: да — у объединения есть программа поддержки.',
  }),
  school: col.text('ОО', {
    usedBy: ['DE4', 'DE5'],
    width: 100,
    note: 'Для методдесанта: код ОО из реестра, куда он проведён.',
  }),
  date: col.date('Дата', {
    usedBy: ['DE1', 'DE2', 'DE3', 'DE4', 'event_outside_period', 'event_date_missing'],
    note: 'Для мероприятий, писем и методдесантов: дата, дд.мм.гггг; учитываются даты отчётного периода.',
  }),
} satisfies Columns;

export const DISTRICT_SHEET: SheetDef<typeof districtColumns> = {
  kind: SHEET_NAMES.district,
  columns: districtColumns,
  purpose:
    'Заполняет методист района: МО и профессиональные сообщества, районные мероприятия, методические письма, методдесанты, программы наставничества и поддержки МО.',
};
