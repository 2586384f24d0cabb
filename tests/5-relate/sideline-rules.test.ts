import { edgesOf, graphOf } from '../helpers.js';

const graph = (text: string) => graphOf(`Dépêche\n\n${text}`, '2026-04-14');

it.each([
  [
    'Le ministre a tenu une réunion bilatérale avec son homologue en marge du sommet de la CEI ' +
      'à Douchanbé.',
  ],
  ['The minister had talks with his counterpart on the sidelines of the CIS summit in Dushanbe.'],
])('a meeting on the sidelines is part of the summit and held in its city: "%s"', (text) => {
  const g = graph(text);
  expect(edgesOf(g, 'PART_OF')).toContainEqual(
    expect.stringMatching(/^(Meeting|Talks).* -> Summit/u),
  );
  expect(edgesOf(g, 'HELD_IN')).toContainEqual(
    expect.stringMatching(/^(Meeting|Talks).* -> Dushanbe$/u),
  );
});

it.each([
  ['En marge du sommet de la CEI à Douchanbé, le ministre a rencontré son homologue.'],
  ['On the sidelines of the CIS summit in Dushanbe, the minister met with his counterpart.'],
  ['During the CIS summit in Dushanbe, the minister met with his counterpart.'],
])('the summit told first holds the meeting too: "%s"', (text) => {
  const g = graph(text);
  expect(edgesOf(g, 'PART_OF')).toContainEqual(
    expect.stringMatching(/^(Meeting|Talks).* -> Summit/u),
  );
  expect(edgesOf(g, 'HELD_IN')).toContainEqual(
    expect.stringMatching(/^(Meeting|Talks).* -> Dushanbe$/u),
  );
});

it('takes no part from a summit told first in another sentence', () => {
  const g = graph(
    'Le sommet de la CEI s’est tenu à Douchanbé. Le ministre a rencontré son homologue.',
  );
  expect(edgesOf(g, 'PART_OF')).toEqual([]);
});

it('keeps the meeting and the summit two events', () => {
  const g = graph('Le président a eu un entretien en marge du forum régional de Tachkent.');
  const formats = g
    .filterNodes((_, a) => a.type === 'Event')
    .map((k) => g.getNodeAttribute(k, 'format'));
  expect(formats).toEqual(expect.arrayContaining(['MEETING', 'FORUM']));
});

it('takes no part from a summit named after a full stop', () => {
  const g = graph(
    'Le ministre a tenu une réunion bilatérale hier. En marge, le sommet de la CEI a duré.',
  );
  expect(edgesOf(g, 'PART_OF')).toEqual([]);
});

it.each([
  [
    'Les deux présidents ont signé jeudi un traité d’amitié, à l’occasion d’un sommet bilatéral à Bakou.',
  ],
  ['Le ministre a rencontré son homologue lors du sommet de la CEI à Bakou.'],
])('an event at the occasion of a summit is part of it and held in its city: "%s"', (text) => {
  const g = graph(text);
  expect(edgesOf(g, 'PART_OF')).toContainEqual(expect.stringMatching(/ -> Summit/u));
  expect(edgesOf(g, 'HELD_IN')).toContainEqual(
    expect.stringMatching(/^(Treaty|Meeting).* -> Baku$/u),
  );
});

it('puts no summit inside its own restricted session', () => {
  const g = graph('Le sommet de la CEI a commencé lors de la réunion restreinte à Bakou.');
  expect(edgesOf(g, 'PART_OF')).not.toContainEqual(
    expect.stringMatching(/^Summit.* -> Restricted/u),
  );
});
