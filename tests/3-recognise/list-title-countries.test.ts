// One plural title over a list with one country per name ("les ministres russe et chinois, X et
// Y"), on snippets written for these tests; traps: as many countries as names or none given.

import type { KnowledgeGraph } from '../../src/6-graph/types.js';
import { graphOf } from '../helpers.js';

function rolesOf(graph: KnowledgeGraph): string[] {
  return graph
    .filterEdges((_, a) => a.type === 'HOLDS_ROLE')
    .map(
      (e) =>
        `${graph.getNodeAttribute(graph.source(e), 'name')} -> ${graph.getNodeAttribute(graph.target(e), 'name')}`,
    )
    .sort();
}

it.each([
  [
    'French adjectives after the portfolio',
    'Les ministres des Affaires étrangères kazakh et ouzbek, Ivan Petrov et Oleg Smirnov, ont signé à Astana un accord entre le Kazakhstan et l’Ouzbékistan.',
    ['Ivan Petrov -> Kazakhstan', 'Oleg Smirnov -> Uzbekistan'],
  ],
  [
    'French plural "chefs de la diplomatie"',
    'Les chefs de la diplomatie arménienne et azerbaïdjanaise, Ivan Petrov et Oleg Smirnov, se sont rencontrés.',
    ['Ivan Petrov -> Armenia', 'Oleg Smirnov -> Azerbaijan'],
  ],
  [
    'English adjectives before the title',
    'Kazakh and Uzbek Foreign Ministers Ivan Petrov and Oleg Smirnov met in Astana.',
    ['Ivan Petrov -> Kazakhstan', 'Oleg Smirnov -> Uzbekistan'],
  ],
  [
    'French title without a comma before the names',
    'Les présidents russe et chinois Ivan Petrov et Oleg Smirnov ont posé pour la photo.',
    ['Ivan Petrov -> Russia', 'Oleg Smirnov -> China'],
  ],
])('%s', (_, text, expected) => {
  expect(rolesOf(graphOf(text))).toEqual(expected);
});

it('gives no one the other country when countries and names do not count alike', () => {
  const roles = rolesOf(
    graphOf('Les ministres kazakh, ouzbek et kirghiz Ivan Petrov et Oleg Smirnov ont parlé.'),
  );
  expect(roles).not.toContain('Oleg Smirnov -> Kyrgyzstan');
  expect(roles).not.toContain('Ivan Petrov -> Uzbekistan');
});
