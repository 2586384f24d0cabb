// "le président turkmène" with no name goes to whoever held that role on the document's day:
// a known person whose term had ended is not the holder (lexicon terms; snippets of our own).

import { graphOf } from '../helpers.js';

const TEXT =
  'Gourbangouly Berdimoukhamedov a inauguré une exposition à Achgabat. ' +
  'Le président turkmène a ensuite reçu les ambassadeurs.';

const aliasesOf = (publishedAt: string): string[] => {
  const graph = graphOf(TEXT, publishedAt);
  const key = graph.findNode((_, a) => a.name === 'Gurbanguly Berdimuhamedov');
  return key ? (graph.getNodeAttribute(key, 'aliases') as string[]) : [];
};

it('gives the bare role to the person who held it that day', () => {
  expect(aliasesOf('2019-04-02').join(' | ')).toMatch(/président turkmène/iu);
});

it('not to one whose term had ended', () => {
  expect(aliasesOf('2024-04-02').join(' | ')).not.toMatch(/président turkmène/iu);
});
