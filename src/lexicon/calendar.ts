// Month and weekday names, with and without accents, in French and English.

export const FRENCH_MONTHS: Readonly<Record<string, number>> = {
  janvier: 1,
  février: 2,
  fevrier: 2,
  mars: 3,
  avril: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  août: 8,
  aout: 8,
  septembre: 9,
  octobre: 10,
  novembre: 11,
  décembre: 12,
  decembre: 12,
};

export const MONTHS: Readonly<Record<string, number>> = {
  ...FRENCH_MONTHS,
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
};

export const WEEKDAYS: readonly string[] = [
  'lundi',
  'mardi',
  'mercredi',
  'jeudi',
  'vendredi',
  'samedi',
  'dimanche',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
];

/** The report's own month: "durant le mois courant", "ce mois-ci", "later this month". */
export const CURRENT_MONTH: readonly string[] = [
  ...['le mois courant', 'du mois courant', 'ce mois-ci', 'le mois en cours', 'du mois en cours'],
  ...['this month', 'later this month', 'earlier this month'],
];

/** Days named relative to the report's own day, with their offset: "hier" is the day before.
 * "aujourd'hui" and "today" are left out: the report's day is already the default, and they
 * often mean "nowadays". */
export const RELATIVE_DAYS: Readonly<Record<string, number>> = {
  'avant-hier': -2,
  hier: -1,
  demain: 1,
  'après-demain': 2,
  'the day before yesterday': -2,
  yesterday: -1,
  tomorrow: 1,
  'the day after tomorrow': 2,
};
