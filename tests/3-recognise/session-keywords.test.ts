// Sessions as events, on snippets written for these tests:
// the people a sentence puts at them attend them; "séance photo" stays a ceremony.

import { articleOf } from '../helpers.js';

function read(text: string) {
  const graph = articleOf(text);
  const attended = graph
    .filterEdges((_, a) => a.type === 'ATTENDED')
    .map((e) => graph.getNodeAttribute(graph.source(e), 'name'))
    .sort();
  const formats = graph
    .filterNodes((_, a) => a.type === 'Event')
    .map((k) => graph.getNodeAttribute(k, 'format'))
    .sort();
  return { attended, formats };
}

it.each([
  [
    'an English session of a body',
    'On 14 March 2021 the session in Minsk was attended by Speaker Vyacheslav Volodin.',
    ['Vyacheslav Volodin'],
    ['MEETING'],
  ],
  [
    'a French session of an assembly',
    'Le 14 mars 2021 à Minsk, Vyacheslav Volodin a participé à la session de l’Assemblée parlementaire.',
    ['Vyacheslav Volodin'],
    ['MEETING'],
  ],
  [
    'a photo session, still a ceremony',
    'Le 14 mars 2021 à Minsk, Vladimir Poutine a participé à une séance photo.',
    ['Vladimir Putin'],
    ['CEREMONY'],
  ],
])('reads %s', (_, text, attended, formats) => {
  expect(read(text)).toEqual({ attended, formats });
});
