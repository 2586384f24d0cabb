import { findDates } from '../../src/3-recognise/dates/find-dates.js';
import { formatPartialDate } from '../../src/3-recognise/dates/partial-date.js';

const iso = (text: string, year?: number, language: 'fr' | 'en' = 'fr') =>
  findDates(text, language, year).map((d) => [
    formatPartialDate(d.date),
    d.endDate ? formatPartialDate(d.endDate) : undefined,
  ]);

it.each([
  ['le 12 mars 2025 à 14h50', undefined, [['2025-03-12T14:50', undefined]]],
  ['le 3 juillet, nous célébrerons', 2024, [['2024-07-03', undefined]]],
  ['le 19 décembre à Minsk', undefined, [['--12-19', undefined]]],
  ['les 27 et 28 juin se tiendra', 2024, [['2024-06-27', '2024-06-28']]],
  ['le sommet en juillet annoncera', 2024, [['2024-07', undefined]]],
  ['la réunion du conseil en 2021', undefined, [['2021', undefined]]],
  ['publié le 24.05.24', undefined, [['2024-05-24', undefined]]],
  ['19:07 / 2022-09-16', undefined, [['2022-09-16', undefined]]],
  ['mis à jour 2024-09-03T14:10', undefined, [['2024-09-03T14:10', undefined]]],
])('reads "%s" (document year %s)', (text, year, expected) => {
  expect(iso(text, year)).toEqual(expected);
});

it('finds no date in numbers that are not dates', () => {
  expect(iso('2.500 entreprises et 16.000 sanctions, 28 programmes', 2024)).toEqual([]);
});

it.each([['la présidence 2021-2022'], ['le code 2022-13-45'], ['la référence 12-2022-09-16']])(
  'reads no ISO date in "%s"',
  (text) => {
    expect(iso(text)).toEqual([]);
  },
);

it.each([
  ['Tue 10th December 2019 | 10:30 AM', [['2019-12-10', undefined]]],
  ['on December 10th, 2019 in the capital', [['2019-12-10', undefined]]],
  ['le forum, qui se tient ces 11 et 12 juillet à Kazan', [['2024-07-11', '2024-07-12']]],
  ['le forum des régions des 16-18 juillet', [['2024-07-16', '2024-07-18']]],
  ['the summit in Kazan on October 22-24', [['2024-10-22', '2024-10-24']]],
  ['the talks of July 11-12, 2019 in Astana', [['2019-07-11', '2019-07-12']]],
])('reads the English ordinal or range "%s"', (text, expected) => {
  expect(iso(text, 2024, 'en')).toEqual(expected);
});

it.each([
  ['the summit runs from August 31 to September 1, 2025.', [['2025-08-31', '2025-09-01']]],
  ['the summit of August 31 - September 1, 2025', [['2025-08-31', '2025-09-01']]],
  ['le sommet se tient du 31 août au 1er septembre 2025.', [['2025-08-31', '2025-09-01']]],
  ['the forum of 31 August – 1 September 2025', [['2025-08-31', '2025-09-01']]],
  ['le forum du 30 décembre au 2 janvier 2025', [['2024-12-30', '2025-01-02']]],
  ['le forum du 30 avril au 2 mai', [['2024-04-30', '2024-05-02']]],
])('reads the range across two months "%s"', (text, expected) => {
  expect(iso(text, 2024, /^the/.test(text) ? 'en' : 'fr')).toEqual(expected);
});

it.each([
  ['la réunion se tiendra durant le mois courant.', 'fr'],
  ['le forum aura lieu ce mois-ci.', 'fr'],
  ['the summit will be held later this month.', 'en'],
] as const)('reads the report’s own month in "%s"', (text, language) => {
  const found = findDates(text, language, 2020, { year: 2020, month: 10, day: 7 });
  expect(found.map((d) => d.date)).toEqual([{ year: 2020, month: 10 }]);
});

it.each([['la saison 2023-24 juin'], ['les lots 12-3 mai']])(
  'reads no range of days in "%s"',
  (text) => {
    expect(iso(text, 2024).filter(([, end]) => end !== undefined)).toEqual([]);
  },
);

// a series' first year is no day of the event it names: "se réunit chaque année depuis 2004"
it.each([['le conseil se réunit chaque année depuis 2004'], ['the forum has met since 2011']])(
  'takes no date from the start of a series: "%s"',
  (text) => {
    expect(iso(text, 2026, /^the/.test(text) ? 'en' : 'fr')).toEqual([]);
  },
);
