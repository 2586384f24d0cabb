// A sitting of a gathering the event was never called by ("la séance plénière du forum" after a
// meeting of two people) is an event of its own; "la séance", "cette réunion" still repeat it.
// Snippets written for the test.

import { articleOf } from '../helpers.js';

/** The aliases of each meeting or talks event of a snippet, joined, sorted. */
function sittingsOf(text: string): string[] {
  const graph = articleOf(text);
  return graph
    .filterNodes((_, a) => a.type === 'Event' && (a.format === 'MEETING' || a.format === 'TALKS'))
    .map((k) => [...(graph.getNodeAttribute(k, 'aliases') as string[])].sort().join(' | '))
    .sort();
}

describe('sittings of another gathering', () => {
  it.each([
    [
      'a plenary session of the forum after a meeting',
      'Le 23 mai, Vladimir Poutine a rencontré à Minsk Kassym-Jomart Tokaïev, venu au Forum des régions. Le même jour, Tokaïev a pris la parole à la séance plénière du forum.',
      2,
    ],
    [
      'an English plenary session of the forum after a meeting',
      'On 23 May Vladimir Putin met with Kassym-Jomart Tokayev in Minsk during the Forum of Regions. Later, Tokayev addressed the plenary session of the forum.',
      2,
    ],
    [
      'bilateral talks after a plenary session of the forum',
      'Le 23 mai, au Forum des régions à Minsk, Tokaïev a pris la parole à la séance plénière du forum. Vladimir Poutine et Kassym-Jomart Tokaïev ont eu un entretien bilatéral dans la soirée.',
      2,
    ],
  ])('keeps apart %s', (_, text, count) => {
    expect(sittingsOf(text)).toHaveLength(count);
  });

  it.each([
    [
      '"la séance" repeating the plenary session',
      'Le 23 mai, au Forum des régions à Minsk, Tokaïev a pris la parole à la séance plénière du forum. La séance a duré trois heures.',
    ],
    [
      '"cette réunion" after the plenary session',
      'Le 23 mai, au Forum des régions à Minsk, Tokaïev a pris la parole à la séance plénière du forum. Cette réunion a réuni mille délégués.',
    ],
    [
      'a meeting told twice in other words',
      'Le 23 mai, Vladimir Poutine a rencontré à Minsk Kassym-Jomart Tokaïev. La rencontre a porté sur le commerce.',
    ],
  ])('makes one sitting of %s', (_, text) => {
    expect(sittingsOf(text)).toHaveLength(1);
  });
});
