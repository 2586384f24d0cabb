// People listed with their country in brackets or after a dash, and the role their list's header
// gives them ("les lettres de créance des ambassadeurs : …"), on snippets written for these tests.

import { graphOf, namesOf, rolesOf } from '../helpers.js';

const people = (text: string) => namesOf(graphOf(text), 'Person');

it.each([
  [
    'a bracketed list',
    'Sont arrivés : Tomas Heglund (Suède), Baraka Otieno (Kenya) et Quang Nhat Vo (Viêt Nam).',
    ['Baraka Otieno', 'Quang Nhat Vo', 'Tomas Heglund'],
  ],
  [
    'an English bracketed list',
    'It was attended by Tomas Heglund (Sweden), Baraka Otieno (Kenya) and Ines Carvalho (Brazil).',
    ['Baraka Otieno', 'Ines Carvalho', 'Tomas Heglund'],
  ],
  [
    'list lines with the country first',
    'Liste des invités :\nSuède – Tomas Heglund\nKenya - Baraka Otieno\n',
    ['Baraka Otieno', 'Tomas Heglund'],
  ],
  [
    'list lines with the country last, after bullets',
    'Invités :\n- Tomas Heglund – Suède\n- Baraka Otieno – Kenya\n',
    ['Baraka Otieno', 'Tomas Heglund'],
  ],
])('finds the people of %s', (_, text, expected) => {
  expect(people(text)).toEqual(expected);
});

it.each([
  ['a city and its country', 'Le sommet aura lieu à Tcholpon-Ata (Kirghizistan), puis ailleurs.'],
  ['a headline of two countries', 'Suède – Kenya\nLes deux pays ont signé.'],
  ['a bracketed country inside a sentence', 'La Grande Muraille (Chine) attire du monde, dit-on.'],
  ['a dash inside a running sentence', 'La Suède – Tomas Heglund le dit – a voté.'],
])('finds no person in %s', (_, text) => {
  expect(people(text)).toEqual([]);
});

it.each([
  [
    'credentials in one sentence',
    'Le président a reçu les lettres de créance de Tomas Heglund (Suède) et de Baraka Otieno (Kenya).',
    ['Baraka Otieno -> Kenya (Ambassador)', 'Tomas Heglund -> Sweden (Ambassador)'],
  ],
  [
    'credentials over list lines',
    'Le président a reçu les lettres de créance des ambassadeurs de deux pays :\nSuède – Tomas Heglund\nKenya – Baraka Otieno\n',
    ['Baraka Otieno -> Kenya (Ambassador)', 'Tomas Heglund -> Sweden (Ambassador)'],
  ],
  [
    'English credentials',
    'The President received the credentials of Tomas Heglund (Sweden) and Baraka Otieno (Kenya).',
    ['Baraka Otieno -> Kenya (Ambassador)', 'Tomas Heglund -> Sweden (Ambassador)'],
  ],
  [
    'a plural title as header',
    'Les ministres des Affaires étrangères :\nSuède – Tomas Heglund\nKenya – Baraka Otieno\n',
    [
      'Baraka Otieno -> Kenya (Minister of Foreign Affairs)',
      'Tomas Heglund -> Sweden (Minister of Foreign Affairs)',
    ],
  ],
])('gives each listed person the role of %s', (_, text, expected) => {
  expect(rolesOf(graphOf(text))).toEqual(expected);
});

it('gives no role to a list without a title', () => {
  expect(
    rolesOf(graphOf('Étaient présents : Tomas Heglund (Suède), Baraka Otieno (Kenya).')),
  ).toEqual([]);
});

it('does not give the next line’s country to a name', () => {
  const text = 'Liste des ambassadeurs :\nSuède – Tomas Heglund\nKenya – Baraka Otieno\n';
  expect(rolesOf(graphOf(text))).toEqual([
    'Baraka Otieno -> Kenya (Ambassador)',
    'Tomas Heglund -> Sweden (Ambassador)',
  ]);
});
