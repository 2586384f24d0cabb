import { graphOf } from '../helpers.js';

/** "format start" of each event of a snippet published on 2021-03-09. */
function eventDays(text: string, publishedAt: string | undefined = '2021-03-09'): string[] {
  const graph = graphOf(`Diplomatie\n${text}`, publishedAt);
  return graph
    .filterNodes((_, a) => a.type === 'Event')
    .map((k) => {
      const a = graph.getNodeAttributes(k);
      return `${a.format} ${a.start ?? '-'}`;
    })
    .sort();
}

describe('a report that gives no day is of the day it was published', () => {
  it.each([
    [
      'a phone call told without a date',
      'Le président Tokaïev a eu un entretien téléphonique avec le président ouzbek Chavkat Mirzioïev.',
      ['PHONE_CALL 2021-03-09'],
    ],
    [
      'an English call told without a date',
      'Kazakh President Kassym-Jomart Tokayev held a phone call with Uzbek President Shavkat Mirziyoyev.',
      ['PHONE_CALL 2021-03-09'],
    ],
    [
      'a text that gives its own day keeps it',
      'Le 2 mars, le président Tokaïev a eu un entretien téléphonique avec le président ouzbek Chavkat Mirzioïev.',
      ['PHONE_CALL 2021-03-02'],
    ],
  ])('%s', (_, text, expected) => {
    expect(eventDays(text)).toEqual(expected);
  });

  it('leaves the event undated when the publication day is unknown', () => {
    const text = 'Le président Tokaïev a eu un entretien téléphonique avec le président Mirzioïev.';
    expect(eventDays(text, '')).toEqual(['PHONE_CALL -']);
  });
});

describe('a report that dates something else keeps its events undated', () => {
  it.each([
    [
      'a year of its own',
      'En 2019, le président Tokaïev a eu un entretien téléphonique avec le président Mirzioïev.',
    ],
    [
      'a day the French reader does not parse',
      'President Tokayev held a phone call with President Mirziyoyev on 11 December 2019.',
    ],
  ])('%s', (_, text) => {
    expect(eventDays(text).every((d) => !d.endsWith('2021-03-09'))).toBe(true);
  });
});
