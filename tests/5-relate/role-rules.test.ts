// HOLDS_ROLE and HEAD_OF from titles, on snippets written for these tests.

import type { KnowledgeGraph } from '../../src/6-graph/types.js';
import { graphOf } from '../helpers.js';

function rolesOf(graph: KnowledgeGraph, type = 'HOLDS_ROLE'): string[] {
  return graph
    .filterEdges((_, a) => a.type === type)
    .map((e) => {
      const role = graph.getEdgeAttribute(e, 'props').role;
      const name = (k: string) => graph.getNodeAttribute(k, 'name');
      // the lexicon may spell the CSTO either way
      const target = name(graph.target(e)).replace('Organisation', 'Organization');
      return `${name(graph.source(e))} -> ${target}${role ? ` (${role})` : ''}`;
    })
    .sort();
}

it.each([
  [
    'a title with a portfolio',
    'Le ministre biélorusse de la Défense Viktor Petrov est arrivé.',
    ['Viktor Petrov -> Belarus (Minister of Defence)'],
  ],
  [
    'a title after the name',
    'Il a reçu Ivan Smirnov, ambassadeur extraordinaire et plénipotentiaire du Kazakhstan en Russie.',
    ['Ivan Smirnov -> Kazakhstan (Ambassador Extraordinary and Plenipotentiary to Russia)'],
  ],
  [
    'a plural title over a list, each with the country after the name',
    'Les Premiers ministres Nikol Pachinian d’Arménie, Oleg Petrov du Kazakhstan et Ivan Smirnov de Biélorussie.',
    [
      'Ivan Smirnov -> Belarus (Prime Minister)',
      'Nikol Pashinyan -> Armenia (Prime Minister)',
      'Oleg Petrov -> Kazakhstan (Prime Minister)',
    ],
  ],
  [
    'an English title before the name',
    'The talks were attended by Deputy Prime Minister of Russia Oleg Petrov.',
    ['Oleg Petrov -> Russia (Deputy Prime Minister)'],
  ],
  [
    'a double title with no country, from the delegation the person attends for',
    'Le président Ivan Petrov, à la tête d’une délégation vietnamienne, est arrivé à Minsk le 3 mai. La délégation vietnamienne comprenait le vice-Premier ministre et ministre des Affaires étrangères Nguyen Van Long.',
    ['Ivan Petrov -> Vietnam (President)', 'Nguyen Van Long -> Vietnam (Deputy Prime Minister)'],
  ],
  [
    'English names in a list, each title before its own name',
    'He met President of Egypt Omar Nabil, Prime Minister of India Ravi Kumar.',
    ['Omar Nabil -> Egypt (President)', 'Ravi Kumar -> India (Prime Minister)'],
  ],
])('reads %s', (_, text, expected) => {
  expect(rolesOf(graphOf(text))).toEqual(expected);
});

it('targets the organisation a title names', () => {
  const graph = graphOf('Le secrétaire général de l’OTSC Ivan Smirnov a pris la parole.');
  expect(rolesOf(graph)).toEqual([
    'Ivan Smirnov -> Collective Security Treaty Organization (Secretary General)',
  ]);
});

it('makes the chair of a named body its head', () => {
  const graph = graphOf('Le président de l’OTSC Ivan Smirnov a pris la parole.');
  expect(rolesOf(graph)).toEqual([
    'Ivan Smirnov -> Collective Security Treaty Organization (Chairman)',
  ]);
  expect(rolesOf(graph, 'HEAD_OF')).toEqual([
    'Ivan Smirnov -> Collective Security Treaty Organization',
  ]);
});

it('gives no country to the chair of a body the lexicon does not know', () => {
  const graph = graphOf('Le président du Cercle Tolstoï de Russie Ivan Smirnov a parlé.');
  expect(rolesOf(graph)).toEqual([]);
});

it('does not give one person the title of the next in the sentence', () => {
  const graph = graphOf('Le président russe Ivan Smirnov rencontre le président turc Oleg Petrov.');
  expect(rolesOf(graph)).toEqual([
    'Ivan Smirnov -> Russia (President)',
    'Oleg Petrov -> Turkey (President)',
  ]);
});

it.each([
  ['Le chef de l’État russe s’est entretenu avec Kassym-Jomart Tokaïev.'],
  ["Le dirigeant russe s'était entretenu avec Kassym-Jomart Tokaïev."],
  ['The Russian leader held talks with Kassym-Jomart Tokayev.'],
  ['The Russian president met Kassym-Jomart Tokayev.'],
])('gives the subject’s title across its verb to no one: "%s"', (text) => {
  expect(rolesOf(graphOf(text)).filter((r) => r.includes('Russia'))).toEqual([]);
});
