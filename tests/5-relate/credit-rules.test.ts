// WORKS_FOR from photo and report credits, on snippets written for these tests.

import { edgesOf, graphOf } from '../helpers.js';

it.each([
  [
    'a name, a slash and an agency',
    'Le sommet à Minsk. Crédit photo : OLEG IVANOV / AFP',
    'Oleg Ivanov -> Agence France-Presse',
  ],
  [
    'an agency, a slash and a name',
    'AFP/IVAN PETROV - Le sommet à Minsk.',
    'Ivan Petrov -> Agence France-Presse',
  ],
  [
    'a photo by a name with its agency in brackets',
    'Le sommet. Photo de Anna Smirnova (« TASS »)',
    'Anna Smirnova -> TASS',
  ],
])('reads %s', (_, text, expected) => {
  expect(edgesOf(graphOf(text), 'WORKS_FOR')).toEqual([expected]);
});

it('makes the reporters of a bracketed credit work for the one outlet named', () => {
  const graph = graphOf(
    'Selon Reuters, le sommet a eu lieu.\n(Reportage Ivan Petrov, Anna Smirnova)',
  );
  expect(edgesOf(graph, 'WORKS_FOR')).toEqual([
    'Anna Smirnova -> Reuters',
    'Ivan Petrov -> Reuters',
  ]);
});

it('does not read a sentence after a name and an agency as a credit', () => {
  expect(edgesOf(graphOf('Il a rencontré Ivan Petrov, TASS a appris.'), 'WORKS_FOR')).toEqual([]);
});
