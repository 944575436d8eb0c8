// The five statuses of a school against the deadline «Срок сдачи» (issue 12): one word each, and what it means.

export type SchoolStatus = 'notStarted' | 'filling' | 'submittedWithErrors' | 'submitted' | 'overdue';

/** Order of the panel and of the status counts: from what needs the methodologist most to what needs nothing. */
export const SCHOOL_STATUS_ORDER: readonly SchoolStatus[] = [
  'overdue',
  'notStarted',
  'filling',
  'submittedWithErrors',
  'submitted',
];

/**
 * Each status as `Сводная`, the panel and the letters show it, with its definition (docs/decisions.md repeats it).
 * «Сдала» is the registry's «Дата сдачи» when the registry has that column, else «there are data rows»: a district
 * that does not record submissions still sees who has sent anything.
 */
export const SCHOOL_STATUSES: Readonly<Record<SchoolStatus, { label: string; means: string }>> = {
  notStarted: { label: 'не начала', means: 'на листах ОО нет ни одной строки данных, срок не прошёл или не задан' },
  filling: {
    label: 'заполняет',
    means: 'строки есть, но в реестре нет «Дата сдачи» (только если в реестре есть этот столбец), срок не прошёл',
  },
  submittedWithErrors: {
    label: 'сдала с ошибками',
    means: 'сдала, но на её листах есть ошибки (предупреждения не считаются)',
  },
  submitted: { label: 'сдала', means: 'сдала, ошибок на её листах нет' },
  overdue: { label: 'после срока', means: '«Срок сдачи» прошёл (сегодня позже него), а ОО не сдала' },
};
