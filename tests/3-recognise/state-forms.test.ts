// Official country names the package does not list, read by their shape, on snippets written for
// these tests.

import { graphOf, rolesOf } from '../helpers.js';

it.each([
  [
    'a French official form, the name last',
    'Diplomatie\nIl a reçu l’ambassadeur de la République fédérale démocratique du Népal, Ram Bahadur Thapa.',
    ['Ram Bahadur Thapa -> Nepal (Ambassador)'],
  ],
  [
    'a French official form, the adjective first',
    'Diplomatie\nIl a reçu l’ambassadeur de la République algérienne démocratique et populaire, Karim Benali.',
    ['Karim Benali -> Algeria (Ambassador)'],
  ],
  [
    'an English official form with its qualifiers before the head',
    'Talks\nHe received the Ambassador of the Federal Democratic Republic of Nepal Ram Bahadur Thapa.',
    ['Ram Bahadur Thapa -> Nepal (Ambassador)'],
  ],
])('reads %s', (_, text, expected) => {
  expect(rolesOf(graphOf(text))).toEqual(expected);
});

it('leaves "le chef de l’État turkmène" a title and a sentence about a state no country name', () => {
  const graph = graphOf(
    'Diplomatie\nLe chef de l’État turkmène Serdar Berdimoukhamedov a parlé. L’État a condamné l’Ukraine.',
  );
  expect(rolesOf(graph)).toEqual(['Serdar Berdimuhamedov -> Turkmenistan (President)']);
  const places = graph
    .filterNodes((_, a) => a.type === 'Place')
    .map((k) => graph.getNodeAttribute(k, 'aliases') as string[]);
  expect(places.flat().filter((a) => a.startsWith('État'))).toEqual([]);
});
