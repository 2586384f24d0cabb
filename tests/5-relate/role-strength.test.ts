// A telling title names a person's role before a generic one ("chef", "head of state").

import { isGenericRole, tellingRolesFirst } from '../../src/5-relate/role-strength.js';
import { graphOf } from '../helpers.js';

it.each([
  ['Head', true],
  ['head of state', true],
  ['leader', true],
  ['President', false],
  ['Minister of Foreign Affairs', false],
])('calls "%s" generic: %s', (role, expected) => {
  expect(isGenericRole(role)).toBe(expected);
});

it('puts telling roles first and keeps their order', () => {
  expect(tellingRolesFirst(['Head', 'President', 'leader', 'Minister'], (r) => r)).toEqual([
    'President',
    'Minister',
    'Head',
    'leader',
  ]);
});

it('names the role by the president title, not "chef d’État", whichever comes first', () => {
  const graph = graphOf(
    'Sous la présidence du chef d’État ouzbek Bakhrom Tursunov. Le président de l’Ouzbékistan Bakhrom Tursunov a parlé.',
  );
  const roles = graph
    .filterEdges((_, a) => a.type === 'HOLDS_ROLE')
    .map((e) => graph.getEdgeAttribute(e, 'props').role);
  expect(roles).toEqual(['President']);
});
