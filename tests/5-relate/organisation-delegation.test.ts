// The side an official of an international body attends for, on snippets written for these tests:
// the body they head or serve, not the country of their passport; a head of state who also chairs
// a body stays their country's.

import { articleOf, rolesOf } from '../helpers.js';
import type { KnowledgeGraph } from '../../src/6-graph/types.js';

function delegations(graph: KnowledgeGraph): string[] {
  return graph
    .filterEdges((_, a) => a.type === 'ATTENDED')
    .map((e) => {
      const name = graph.getNodeAttribute(graph.source(e), 'name');
      const side = graph.getEdgeAttribute(e, 'props').delegation;
      return `${name} (${side ? graph.getNodeAttribute(side, 'name') : '-'})`;
    })
    .sort();
}

it.each([
  [
    'an English title with its body as prefix',
    'The CSTO summit opened in Minsk on Monday. CSTO Secretary General Imangali Tasmagambetov attended the summit.',
    ['Imangali Tasmagambetov (Collective Security Treaty Organization)'],
  ],
  [
    'the head of a bank the lexicon knows',
    'The bank’s board met in Shanghai on Monday. The President of the New Development Bank Dilma Rousseff attended the meeting.',
    ['Dilma Rousseff (New Development Bank)'],
  ],
  [
    'trap: a head of state who chairs the body',
    "Le sommet de la CEI s'est tenu lundi à Minsk. Le président kazakh Kassym-Jomart Tokaïev, président en exercice de la CEI, a participé au sommet.",
    ['Kassym-Jomart Tokayev (Kazakhstan)'],
  ],
])('attends for %s', (_, text, expected) => {
  expect(delegations(articleOf(text))).toEqual(expected);
});

it('gives "CSTO Secretary General" to the CSTO only, not to his country', () => {
  const graph = articleOf(
    'The CSTO summit opened in Minsk on Monday. CSTO Secretary General Imangali Tasmagambetov attended the summit with the Kazakh delegation.',
  );
  expect(rolesOf(graph)).toEqual([
    'Imangali Tasmagambetov -> Collective Security Treaty Organization (Secretary General)',
  ]);
});
