// A reception and the talks of its day between the same two people are one sitting; other
// sittings, other days and other people stay events of their own. Snippets written for the test.

import { articleOf } from '../helpers.js';

/** The formats of the events of a snippet, sorted. */
function formatsOf(text: string): string[] {
  const graph = articleOf(text);
  return graph
    .filterNodes((_, a) => a.type === 'Event')
    .map((k) => graph.getNodeAttribute(k, 'format') ?? '')
    .sort();
}

describe('a reception told beside the talks of its day', () => {
  it.each([
    [
      'talks, then the reception of the same day',
      'Le 14 mai 2024, Sergueï Lavrov s’est entretenu à Astana avec le président Kassym-Jomart Tokaïev. Le 14 mai 2024, Kassym-Jomart Tokaïev a reçu Sergueï Lavrov au palais Akorda.',
      ['TALKS'],
    ],
    [
      'English talks, then the reception',
      'On 14 May 2024 Sergei Lavrov held talks in Astana with President Kassym-Jomart Tokayev. On 14 May 2024 Kassym-Jomart Tokayev received Sergei Lavrov.',
      ['TALKS'],
    ],
    [
      'the reception, then the talks of the two presidents',
      'Le 14 mai 2024, Vladimir Poutine a reçu au Kremlin Emomali Rahmon. Les deux présidents se sont entretenus en présence des délégations.',
      ['TALKS'],
    ],
    [
      'a caption and the text telling the same reception',
      'Le président Xi Jinping reçoit le président Alexandre Loukachenko à Pékin le 1er mars 2023.\nLe 1er mars 2023, Xi Jinping a reçu à Pékin Alexandre Loukachenko.',
      ['MEETING'],
    ],
  ])('makes one sitting of %s', (_, text, formats) => {
    expect(formatsOf(text)).toEqual(formats);
  });

  it.each([
    [
      'two receptions on different days',
      'Le 3 juin 2024, Kassym-Jomart Tokaïev a reçu à Astana Sergueï Lavrov. Le 5 juin 2024, Kassym-Jomart Tokaïev a reçu à Astana Sergueï Lavrov.',
      ['MEETING', 'MEETING'],
    ],
    [
      'a reception and talks of another day',
      'Le 3 juin 2024, Sergueï Lavrov s’est entretenu avec Kassym-Jomart Tokaïev. Le 5 juin 2024, Kassym-Jomart Tokaïev a reçu Sergueï Lavrov.',
      ['MEETING', 'TALKS'],
    ],
    [
      'a reception and a meeting with someone else',
      'Le 3 juin 2024, Vladimir Poutine a reçu Emomali Rahmon. Vladimir Poutine a également rencontré Sadyr Japarov.',
      ['MEETING', 'MEETING'],
    ],
    [
      'a reception and talks with someone else',
      'Le 3 juin 2024, Wang Yi a été reçu par Vladimir Poutine au Kremlin. Il a ensuite eu des entretiens avec Sergueï Lavrov.',
      ['MEETING', 'TALKS'],
    ],
  ])('keeps apart %s', (_, text, formats) => {
    expect(formatsOf(text)).toEqual(formats);
  });
});
