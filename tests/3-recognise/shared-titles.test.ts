// Which names of a list a title reaches, and a surname that is also a given name, on snippets
// written for these tests: a plural title is shared, a singular one is its holder's alone.

import { graphOf, namesOf, rolesOf } from '../helpers.js';

it.each([
  [
    'a singular title before "X et Y"',
    'Le Premier ministre chinois Hua Chenglin et Oleg Smirnov ont coprésidé la séance.',
    ['Hua Chenglin -> China (Premier)'],
  ],
  [
    'a plural title shared by the list',
    'Les Premiers ministres Erlan Nourlanov du Kazakhstan et Rustam Aliev d’Ouzbékistan ont signé.',
    [
      'Erlan Nurlanov -> Kazakhstan (Prime Minister)',
      'Rustam Aliyev -> Uzbekistan (Prime Minister)',
    ],
  ],
])('gives %s', (_, text, expected) => {
  expect(rolesOf(graphOf(text))).toEqual(expected);
});

it.each([
  [
    'a surname that is also a given name',
    'Oleg Smirnov a reçu son homologue angolais Téte António à Luanda.',
    ['Oleg Smirnov', 'Téte António'],
  ],
  [
    'trap: a given name before a longer name starts it',
    'The minister, Sheikh Khalid bin Tamim bin Hamad, arrived in Doha.',
    ['Khalid bin Tamim bin Hamad'],
  ],
])('reads %s', (_, text, expected) => {
  expect(namesOf(graphOf(text), 'Person')).toEqual(expected);
});
