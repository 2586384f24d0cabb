// Portfolios joined by "et" ("ministre de l'Industrie et du Commerce") are one title, not two, on
// snippets written for these tests; a second title after "et" still makes two.

import { graphOf, rolesOf } from '../helpers.js';

it.each([
  [
    'a compound portfolio the lexicon lists',
    'Le ministre russe de l’Industrie et du Commerce Oleg Smirnov est venu.',
    ['Oleg Smirnov -> Russia (Minister of Industry and Trade)'],
  ],
  [
    'two portfolios the lexicon knows apart',
    'Le ministre arménien de la Culture et du Tourisme Aram Petrossian a signé.',
    ['Aram Petrossian -> Armenia (Minister of Culture and Tourism)'],
  ],
  [
    'a list of ministers with compound portfolios',
    'Étaient présents le ministre ouzbek de la Justice Ilyas Karimov, le ministre ouzbek de l’Économie et des Finances Rustam Aliev.',
    [
      'Ilyas Karimov -> Uzbekistan (Minister of Justice)',
      'Rustam Aliyev -> Uzbekistan (Minister of Economy and Finance)',
    ],
  ],
  [
    'trap: a second title after "et" is its own',
    'Le vice-Premier ministre et ministre kazakh des Affaires étrangères Erlan Nourlanov a parlé.',
    ['Erlan Nurlanov -> Kazakhstan (Deputy Prime Minister)'],
  ],
])('reads %s', (_, text, expected) => {
  expect(rolesOf(graphOf(text))).toEqual(expected);
});
