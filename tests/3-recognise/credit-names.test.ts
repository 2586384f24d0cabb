// People named in credits and bylines, on snippets written for these tests: the credit's shape
// makes the person (no list of given names needed), and credited people attend nothing.

import { edgesOf, graphOf, namesOf } from '../helpers.js';

const people = (text: string) => namesOf(graphOf(text), 'Person');

it.each([
  ['a byline', 'Le sommet a eu lieu.\nBy: Tamar Ksovreli\n', ['Tamar Ksovreli']],
  ['a French byline', 'Par : Tamar Ksovreli\nLe sommet a eu lieu.', ['Tamar Ksovreli']],
  ['a photo credit in capitals', 'Le sommet. Crédit photo : OTAR MELIA / AFP', ['Otar Melia']],
  ['an agency before the name', 'AFP/OTAR MELIA - Le sommet a eu lieu.', ['Otar Melia']],
  ['a photo by a name', 'Le sommet. Photo de Tamar Ksovreli (« TASS »)', ['Tamar Ksovreli']],
  [
    'a report credit with a list',
    'Selon Reuters, rien.\n(Reportage Tamar Ksovreli, Otar Melia; version française Lia Gabunia)',
    ['Lia Gabunia', 'Otar Melia', 'Tamar Ksovreli'],
  ],
])('finds the person of %s', (_, text, expected) => {
  expect(people(text)).toEqual(expected);
});

it.each([
  ['"by" inside a sentence', 'The summit was attended by Otar Melia and hosted by Grand Hotel.'],
  ['an outlet named like a person', 'ASTANA (Kabul Point News / Sputnik - 10 December) The talks.'],
])('finds no credited person in %s', (_, text) => {
  expect(people(text)).toEqual([]);
});

it('gives the photographer WORKS_FOR and no attendance', () => {
  const graph = graphOf(
    'Le président russe Vladimir Poutine a tenu des pourparlers à Minsk le 3 mai 2024. Photo de Tamar Ksovreli (« TASS »)',
  );
  expect(edgesOf(graph, 'WORKS_FOR')).toEqual(['Tamar Ksovreli -> TASS']);
  expect(edgesOf(graph, 'ATTENDED').filter((e) => e.startsWith('Tamar'))).toEqual([]);
});
