// "son homologue kazakh X": the counterpart holds the subject's role, of its own country, on
// snippets written for these tests (a titled subject, a known subject, a subject of the sentence
// before is not taken).

import type { KnowledgeGraph } from '../../src/6-graph/types.js';
import { graphOf } from '../helpers.js';

function roleOf(graph: KnowledgeGraph, person: string): string[] {
  return graph
    .filterEdges((_, a) => a.type === 'HOLDS_ROLE')
    .filter((e) => graph.getNodeAttribute(graph.source(e), 'name') === person)
    .map(
      (e) =>
        `${graph.getNodeAttribute(graph.target(e), 'name')} (${graph.getEdgeAttribute(e, 'props').role})`,
    );
}

it.each([
  [
    'a titled minister',
    'Le ministre russe des Affaires étrangères Oleg Smirnov a rencontré son homologue kazakh Aidos Temirov.',
    'Aidos Temirov',
    ['Kazakhstan (Minister of Foreign Affairs)'],
  ],
  [
    'a prime minister',
    'Le Premier ministre arménien Oleg Smirnov a reçu son homologue géorgien Aidos Temirov.',
    'Aidos Temirov',
    ['Georgia (Prime Minister)'],
  ],
  [
    'a known foreign minister without a title',
    'Sergueï Lavrov s’est entretenu avec son homologue chinois Hua Chenglin.',
    'Hua Chenglin',
    ['China (Minister of Foreign Affairs)'],
  ],
  [
    'a known president',
    'Vladimir Poutine a reçu son homologue ouzbek Aidos Temirov.',
    'Aidos Temirov',
    ['Uzbekistan (President)'],
  ],
  [
    'a subject in another sentence',
    'Le Premier ministre arménien Oleg Smirnov est parti. Vladimir Poutine a reçu son homologue ouzbek Aidos Temirov.',
    'Aidos Temirov',
    ['Uzbekistan (President)'],
  ],
])('gives the counterpart of %s the same role', (_, text, person, expected) => {
  expect(roleOf(graphOf(text), person)).toEqual(expected);
});

it('lets a counterpart the lexicon knows keep his own office, not the last president’s', () => {
  const graph = graphOf(
    'Le président Vladimir Poutine a reçu le président ouzbek Aidos Temirov. Plus tôt, le ministre ouzbek avait eu des entretiens avec son homologue russe Sergueï Lavrov.',
  );
  expect(roleOf(graph, 'Sergei Lavrov')).toEqual(['Russia (Minister of Foreign Affairs)']);
});

it('reads an English counterpart after a possessive', () => {
  const graph = graphOf(
    'Foreign Minister of Azerbaijan Oleg Smirnov met his Armenian counterpart Aidos Temirov.',
  );
  expect(roleOf(graph, 'Aidos Temirov')).toEqual(['Armenia (Minister of Foreign Affairs)']);
});

// The counterpart named after a comma is that person, not the head of state of the adjective's
// country whom the document names later (invented ministers; Tokayev is in the lexicon).
it.each([
  'Sergueï Lavrov s’est entretenu avec son homologue kazakh, le vice-Premier ministre Aidos Temirov.',
  'Le ministre russe Oleg Smirnov a reçu son homologue kazakh, Aidos Temirov, à Moscou.',
])('a counterpart named in apposition is not the head of state: %s', (text) => {
  const graph = graphOf(`${text} Il a ensuite été reçu par le président Kassym-Jomart Tokaïev.`);
  const president = graph.findNode((_, a) => a.name === 'Kassym-Jomart Tokayev');
  expect(president).toBeDefined();
  const aliases = graph.getNodeAttribute(president as string, 'aliases') as string[];
  expect(aliases.filter((alias) => /homologue/.test(alias))).toEqual([]);
});
