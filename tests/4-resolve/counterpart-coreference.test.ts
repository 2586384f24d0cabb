// Sittings of one day with different people met are events of their own; a sitting named twice
// in other words, or in a headline and the body, stays one. Snippets written for the test.

import { graphOf } from '../helpers.js';

/** The attendees of each event of a snippet, one sorted "a + b" string per event, sorted. */
function sittingsOf(text: string): string[] {
  const graph = graphOf(text, '2024-05-24');
  return graph
    .filterNodes((_, a) => a.type === 'Event')
    .map((event) =>
      graph
        .filterInEdges(event, (_, a) => a.type === 'ATTENDED')
        .map((edge) => graph.getNodeAttribute(graph.source(edge), 'name') as string)
        .sort()
        .join(' + '),
    )
    .sort();
}

describe('sittings of one day with other people met', () => {
  it.each([
    [
      'an English second meeting with "also met with"',
      'Putin in Astana\nVladimir Putin met with Kassym-Jomart Tokayev in Astana on Friday. On the same day, Putin also met with Kyrgyz President Sadyr Japarov.',
      ['Kassym-Jomart Tokayev + Vladimir Putin', 'Sadyr Japarov + Vladimir Putin'],
    ],
    [
      'a French second meeting with "a également rencontré"',
      'Visite à Douchanbé\nVladimir Poutine a rencontré Emomali Rahmon à Douchanbé le 23 mai. Vladimir Poutine a également rencontré Chavkat Mirzioïev le même jour.',
      ['Emomali Rahmon + Vladimir Putin', 'Shavkat Mirziyoyev + Vladimir Putin'],
    ],
    [
      'talks of another minister with other people',
      'Réunion à Astana\nLe 23 mai, Vladimir Poutine a rencontré à Astana Kassym-Jomart Tokaïev. Le même jour, Sergueï Lavrov a eu des entretiens avec Ilham Aliyev.',
      ['Ilham Aliyev + Sergei Lavrov', 'Kassym-Jomart Tokayev + Vladimir Putin'],
    ],
  ])('keeps apart %s', (_, text, sittings) => {
    expect(sittingsOf(text).filter((s) => s.includes('+'))).toEqual(sittings);
  });

  it.each([
    [
      'a headline and the body naming the same person met',
      'Putin meets Tokayev\nVladimir Putin met with Kassym-Jomart Tokayev in Astana on Friday.',
      ['Kassym-Jomart Tokayev + Vladimir Putin'],
    ],
    [
      'a headline naming no one met, then the body',
      'Putin meets leaders in Astana\nVladimir Putin met with Kassym-Jomart Tokayev in Astana on Friday.',
      ['Kassym-Jomart Tokayev + Vladimir Putin'],
    ],
    [
      '"les entretiens ... les pourparlers" of one sitting',
      'Réunion à Moscou\nLe 23 mai, Vladimir Poutine a rencontré Kassym-Jomart Tokaïev à Moscou. Les entretiens ont porté sur l’énergie. Les pourparlers se sont poursuivis au dîner.',
      ['Kassym-Jomart Tokayev + Vladimir Putin'],
    ],
    [
      '"the talks with" a person of the meeting',
      'Putin in Astana\nVladimir Putin met with Kassym-Jomart Tokayev in Astana on Friday. The talks with Tokayev focused on energy.',
      ['Kassym-Jomart Tokayev + Vladimir Putin'],
    ],
    [
      'the guest meeting the host back, in other words',
      'Putin in Astana\nVladimir Putin met with Kassym-Jomart Tokayev in Astana on Friday. Tokayev said the meeting with Putin was useful.',
      ['Kassym-Jomart Tokayev + Vladimir Putin'],
    ],
  ])('makes one sitting of %s', (_, text, sittings) => {
    expect(sittingsOf(text).filter((s) => s.includes('+'))).toEqual(sittings);
  });
});
