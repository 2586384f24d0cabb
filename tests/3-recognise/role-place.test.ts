// Titles held of a region or a city ("le maire de Moscou") and of companies ("PDG de Gazprom"),
// on snippets written for these tests, with the traps: a region named after its city, a
// minister "de Moscou", a delegation "de la région".

import { edgesOf, graphOf, rolesOf } from '../helpers.js';

const roles = (text: string): string[] => rolesOf(graphOf(text, '2024-06-01'));

it.each([
  [
    'a governor of a region, title before the name',
    'Le gouverneur de la région de Léningrad, Pavel Orlov, a accueilli la délégation.',
    ['Pavel Orlov -> Leningrad Region (Governor)'],
  ],
  [
    'a mayor, title before the name',
    'Le maire de Moscou Ivan Volkov a inauguré le pavillon.',
    ['Ivan Volkov -> Moscow (Mayor)'],
  ],
  [
    'an English head of a republic, title after the name',
    'Timur Sabirov, head of the Republic of Tatarstan, met the delegation in Kazan.',
    ['Timur Sabirov -> Tatarstan (Head)'],
  ],
  [
    'a French head of a region without the region word',
    'Le chef du Tatarstan Timur Sabirov a accueilli les invités.',
    ['Timur Sabirov -> Tatarstan (Head)'],
  ],
  [
    'an English mayor of a city',
    'Mayor of Moscow Ivan Volkov opened the forum.',
    ['Ivan Volkov -> Moscow (Mayor)'],
  ],
])('%s', (_, text, expected) => {
  expect(roles(text)).toEqual(expected);
});

it.each([
  [
    'a region named after its city gives no role to the city',
    'Le prince Karim ben Saad, gouverneur de la région de Riyad, a accueilli les invités.',
  ],
  [
    'a minister is no minister of a city',
    'Le ministre de l’Économie Ivan Volkov est arrivé de Moscou hier.',
  ],
  [
    'a head of a delegation is not a head of the city',
    'Le chef de la délégation de Moscou Ivan Volkov a parlé.',
  ],
])('%s', (_, text) => {
  expect(roles(text).filter((r) => / -> (Moscow|Riyadh)/u.test(r))).toEqual([]);
});

describe('heads of companies', () => {
  it.each([
    [
      'French PDG before the name',
      'Le PDG de Gazprom, Ivan Volkov, a signé le contrat.',
      'Ivan Volkov -> Gazprom',
    ],
    [
      'English CEO after the name',
      'Ivan Volkov, CEO of Rosatom, said the plant was ready.',
      'Ivan Volkov -> Rosatom',
    ],
    [
      'English CEO with the company before',
      'Rosneft CEO Ivan Volkov met the delegation.',
      'Ivan Volkov -> Rosneft',
    ],
  ])('%s', (_, text, edge) => {
    expect(edgesOf(graphOf(text), 'HEAD_OF')).toContain(edge);
    expect(edgesOf(graphOf(text), 'HOLDS_ROLE')).toContain(edge);
  });

  it('does not take the CEO title for a person', () => {
    const graph = graphOf('Ivan Volkov, CEO of Rosatom, said the plant was ready.');
    expect(graph.filterNodes((_, a) => a.name === 'CEO')).toEqual([]);
  });
});
