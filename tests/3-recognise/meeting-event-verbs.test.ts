// Sittings reported by a verb only, on snippets written for these tests: each verb phrase is an
// event of its own, attended by both sides, unless its sentence names the sitting already.

import { articleOf } from '../helpers.js';

/** "person -> event name" of each ATTENDED edge, and the events' formats. */
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
    'a French talk with an auxiliary',
    'Le 12 mai 2024 à Bakou, le président Ilham Aliev s’est entretenu avec le président russe Vladimir Poutine.',
    ['Ilham Aliyev', 'Vladimir Putin'],
    ['TALKS'],
  ],
  [
    'English talks',
    'On 12 May 2024 President Vladimir Putin held talks with President Xi Jinping in Beijing.',
    ['Vladimir Putin', 'Xi Jinping'],
    ['TALKS'],
  ],
  [
    'two series on two days, two events',
    'On 12 May 2024 President Vladimir Putin held meetings with President Xi Jinping in Beijing. On 13 May 2024 Vladimir Putin held a series of bilateral meetings: with President Ilham Aliyev.',
    ['Ilham Aliyev', 'Vladimir Putin', 'Vladimir Putin', 'Xi Jinping'],
    ['MEETING', 'MEETING'],
  ],
])('reads %s', (_, text, attended, formats) => {
  expect(read(text)).toEqual({ attended, formats });
});

it('makes one sitting of a verb and the meeting its sentence names', () => {
  const text =
    'Lors de la rencontre au Kremlin le 12 mai 2024, Vladimir Poutine s’est entretenu avec Ilham Aliev.';
  expect(read(text)).toEqual({
    attended: ['Ilham Aliyev', 'Vladimir Putin'],
    formats: ['MEETING'],
  });
});

describe('"met" in English', () => {
  it.each([
    [
      'the simple past with its object',
      'On 3 June 2024 Kazakh President Kassym-Jomart Tokayev met Uzbek President Shavkat Mirziyoyev in Astana.',
      ['Kassym-Jomart Tokayev', 'Shavkat Mirziyoyev'],
      ['MEETING'],
    ],
    [
      'two sides who met one-on-one',
      'On 3 June 2024 Ilham Aliyev and Shavkat Mirziyoyev met one-on-one in Baku.',
      ['Ilham Aliyev', 'Shavkat Mirziyoyev'],
      ['RESTRICTED_TALKS'],
    ],
  ])('reads %s', (_, text, attended, formats) => {
    expect(read(text)).toEqual({ attended, formats });
  });

  it.each([
    [
      'a passive greeting',
      'On 3 June 2024 the delegation was met at the airport in Astana by Alexei Overchuk.',
    ],
    [
      'the press',
      'On 3 June 2024 Kassym-Jomart Tokayev and Shavkat Mirziyoyev jointly met the press in Astana.',
    ],
    ['expectations', 'On 3 June 2024 the results met the expectations of Kassym-Jomart Tokayev.'],
    [
      'separate meetings',
      'On 3 June 2024 Kassym-Jomart Tokayev met separately with Ilham Aliyev and Sadyr Japarov.',
    ],
  ])('makes no meeting of %s', (_, text) => {
    expect(read(text).formats).not.toContain('MEETING');
  });
});
