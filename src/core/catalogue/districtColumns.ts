// The district sheet `Район` (issue 10): what the methodologist records for the whole district, one row a thing.
import { col, type Columns } from './columns';
import { SHEET_NAMES, type SheetDef } from './sheets';
import { DISTRICT_ITEM_KINDS, SUBJECTS } from './lists';

export const districtColumns = {
  kind: col.list('Вид', DISTRICT_ITEM_KINDS, {
    required: true, excludesRow: true, width: 240,
    note: 'Что это: МО, профессиональное сообщество, районное мероприятие, методическое письмо, методдесант или программа.',
  }),
  title: col.text('Название', { required: true, width: 300, note: 'Название МО, мероприятия, письма или программы.' }),
  subject: col.list('Предмет', SUBJECTS, { width: 180, note: 'Для МО и сообществ: предмет (если есть).' }),
  head: col.text('Руководитель', { width: 220, note: 'Для МО и сообществ: руководитель; для программы — ответственный.' }),
  members: col.int('Участников', { min: 0, max: 100000, note: 'Для МО и сообществ: число педагогов-участников; для мероприятия — участников.' }),
  support: col.yesno('Программа поддержки', { note: 'Для МО и сообществ: да — у объединения есть программа поддержки.' }),
  school: col.text('ОО', { width: 100, note: 'Для методдесанта: код ОО из реестра, куда он проведён.' }),
  date: col.date('Дата', { note: 'Для мероприятий, писем и методдесантов: дата, дд.мм.гггг; учитываются даты отчётного периода.' }),
} satisfies Columns;

export const DISTRICT_SHEET: SheetDef<typeof districtColumns> = {
  kind: SHEET_NAMES.district,
  columns: districtColumns,
  purpose: 'Заполняет методист района: МО и профессиональные сообщества, районные мероприятия, методические письма, методдесанты, программы наставничества и поддержки МО.',
};
