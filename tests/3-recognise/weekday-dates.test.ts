import { formatPartialDate } from '../../src/3-recognise/dates/partial-date.js';
import { findRelativeDays, findWeekdayDates } from '../../src/3-recognise/dates/weekday-dates.js';

// Wednesday 6 December 2023
const reference = { year: 2023, month: 12, day: 6 };
const iso = (text: string) =>
  findWeekdayDates(text, reference).map((d) => [
    text.slice(d.start, d.end),
    formatPartialDate(d.date),
  ]);

it.each([
  ['Il a atterri mercredi à Abou Dhabi.', [['mercredi', '2023-12-06']]],
  ['Le sommet s’est ouvert ce mardi.', [['ce mardi', '2023-12-05']]],
  ['Il est arrivé lundi dernier.', [['lundi dernier', '2023-12-04']]],
  ['Ils se verront jeudi prochain.', [['jeudi prochain', '2023-12-07']]],
  ['The talks began on Sunday.', [['on Sunday', '2023-12-03']]],
])('dates "%s" by the report’s day', (text, expected) => {
  expect(iso(text)).toEqual(expected);
});

it('leaves a weekday before a day number to the date readers', () => {
  expect(iso('La réunion de mardi 5 décembre.')).toEqual([]);
});

it('dates no weekday when the report’s day is unknown', () => {
  expect(findWeekdayDates('Il est arrivé lundi.', { year: 2023, month: 12 })).toEqual([]);
});

it.each([
  ['On Thursday, a plenary session will take place.', [['On Thursday', '2023-12-07']]],
  ['Jeudi, le sommet se tiendra à Astana.', [['Jeudi', '2023-12-07']]],
  ['The closed-door meetings will take place on Wednesday.', [['on Wednesday', '2023-12-06']]],
  ['Lundi, il est arrivé ; le sommet se tiendra plus tard.', [['Lundi', '2023-12-04']]],
])('dates a weekday of the future tense ahead: "%s"', (text, expected) => {
  expect(iso(text)).toEqual(expected);
});

describe('days named relative to the report', () => {
  const relative = (text: string) =>
    findRelativeDays(text, reference).map((d) => [
      text.slice(d.start, d.end),
      formatPartialDate(d.date),
    ]);

  it.each([
    ['Le ministre s’est entretenu hier à Moscou avec son homologue.', [['hier', '2023-12-05']]],
    ['Les entretiens auront lieu demain à Astana.', [['demain', '2023-12-07']]],
    ['Il est arrivé avant-hier.', [['avant-hier', '2023-12-04']]],
    ['The ministers met yesterday in Beijing.', [['yesterday', '2023-12-05']]],
    ['They will meet the day after tomorrow.', [['the day after tomorrow', '2023-12-08']]],
  ])('"%s"', (text, expected) => {
    expect(relative(text)).toEqual(expected);
  });

  it('reads no relative day inside another word', () => {
    expect(relative('Le Hieronymus Bosch et les demains qui chantent.')).toEqual([]);
  });

  it('leaves "aujourd’hui" (often "nowadays") to the report’s day', () => {
    expect(relative('Aujourd’hui, l’organisation compte dix membres.')).toEqual([]);
  });

  it('dates nothing when the report’s day is unknown', () => {
    expect(findRelativeDays('Il est arrivé hier.', { year: 2023, month: 12 })).toEqual([]);
  });
});
