// Text that must yield no person (and, for some, nothing at all).

import { graphOf, namesOf } from './helpers.js';

it.each([
  [
    'month names and sentence-initial common nouns',
    'Mai fut chaud. Juillet sera décisif. Cependant, Rien ne change.',
  ],
  ['a square named after a victory', 'La foule s’est réunie sur la Place de la Victoire.'],
  ['a numbered caption with no one in it', '3 Conférence de presse à l’issue des négociations.'],
  [
    'a label that is a sentence',
    'Naturellement, nous discuterons de l’agenda international : la sécurité.',
  ],
  ['an unnamed head of government', 'Le Premier ministre géorgien a récemment déclaré cela.'],
  ['share buttons and counters', 'Facebook\nTwitter\n1/8\n2/8\nLeave a Comment'],
])('finds no person in %s', (_, text) => {
  expect(namesOf(graphOf(text), 'Person')).toEqual([]);
});

it('reads "Place de la Victoire" as a place, named in English', () => {
  expect(namesOf(graphOf('La foule s’est réunie sur la Place de la Victoire.'), 'Place')).toEqual([
    'Victory Square',
  ]);
});
