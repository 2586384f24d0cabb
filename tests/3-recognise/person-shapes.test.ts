// Shapes of names news writes without a known given name or title: particles ("von der"),
// syllables that are French words ("Ri Son Hui"), initials, honorifics, kinship and meetings.

import { graphOf, namesOf } from '../helpers.js';

const people = (text: string) => namesOf(graphOf(text), 'Person');

it.each([
  [
    'lower-case particles inside a name',
    'La présidente de la Commission européenne Ursula von der Leyen a parlé.',
    ['Ursula von der Leyen'],
  ],
  [
    'a Korean syllable that is a French word',
    'La ministre nord-coréenne des Affaires étrangères Ri Son Hui est arrivée.',
    ['Ri Son Hui'],
  ],
  [
    'a hyphenated country adjective before the name',
    'Le président sud-coréen Han Min-jun a effectué une visite.',
    ['Han Min-jun'],
  ],
  [
    'an initial and a surname after a title',
    'Le ministre indien S. Raghunathan a rencontré son homologue.',
    ['S. Raghunathan'],
  ],
  [
    'an English honorific without a dot',
    'Mr Ivanov received Ms Lindqvist in Tallinn.',
    ['Ivanov', 'Lindqvist'],
  ],
  [
    'a given name after "Mme"',
    'Il a rencontré Mme Natalia Ciobanu, puis Mme Ciobanu a parlé.',
    ['Natalya Ciobanu'],
  ],
  [
    'a kinship apposition',
    'Le président Ilham Aliev et son épouse Mehriban Alieva ont accueilli les invités.',
    ['Ilham Aliyev', 'Mehriban Alieva'],
  ],
  [
    'his wife in English',
    'The host and his wife Tamara Ivanidze greeted them.',
    ['Tamara Ivanidze'],
  ],
  [
    'the object of a meeting verb',
    'Wang Yi, membre du Bureau politique, a rencontré Berdymyrat Rejepov à Pékin.',
    ['Berdymyrat Rejepov', 'Wang Yi'],
  ],
  [
    'a name after "held talks with"',
    'The minister held talks with Naledi Pandor in Pretoria.',
    ['Naledi Pandor'],
  ],
  [
    'a first vice-president after a comma',
    'Mehriban Alieva, première vice-présidente de l’Azerbaïdjan, a visité l’exposition.',
    ['Mehriban Alieva'],
  ],
])('finds the person in %s', (_, text, expected) => {
  expect(people(text)).toEqual(expected);
});

it.each([
  ['"U.S. President" is no initial and surname', 'U.S. President Joe Biden spoke.', ['Joe Biden']],
  ['a title after "Mr"', 'Thank you, Mr President. Mr Ivanov agreed.', ['Ivanov']],
  [
    'the start of a fund’s name after a title',
    'Ivan Petrov, head of the Russian Direct Investment Fund, said.',
    ['Ivan Petrov'],
  ],
  [
    'a company after a meeting verb is no person: one word',
    'Le ministre a rencontré Gazprom hier.',
    [],
  ],
  [
    'a capitalised common noun at a sentence start',
    'Rencontre au sommet. Selon Interfax, rien.',
    [],
  ],
])('reads %s', (_, text, expected) => {
  expect(people(text)).toEqual(expected);
});
