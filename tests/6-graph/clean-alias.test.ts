// Aliases are names, without the preposition of the sentence they were cut from.

import { cleanAlias } from '../../src/6-graph/clean-alias.js';

it.each([
  ['du président iranien', 'président iranien'],
  ['des négociations restreintes', 'négociations restreintes'],
  ['de la Biélorussie', 'Biélorussie'],
  ["d'Astana", 'Astana'],
  ['au Kremlin', 'Kremlin'],
  ['of the SCO', 'SCO'],
  ['le sommet', 'le sommet'],
  ['Des Moines', 'Des Moines'],
  ['debré', 'debré'],
  ['du', undefined],
  ['  ', undefined],
])('%j -> %j', (alias, expected) => {
  expect(cleanAlias(alias)).toBe(expected);
});
