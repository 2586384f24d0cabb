// A heading repeated by a table of contents: the event it names is cited in every line that
// writes it, never at an offset computed from another line.

import { repeatedMentionSpans } from '../../src/4-resolve/heading-occurrences.js';

const TEXT = [
  'Sommaire',
  '1. Négociations restreintes',
  '2. Conférence de presse',
  '',
  'Texte.',
  '1. Négociations restreintes',
  'Les présidents ont parlé.',
].join('\n');

const lines = (title: string) => {
  const out = [];
  for (let at = TEXT.indexOf(title); at >= 0; at = TEXT.indexOf(title, at + 1))
    out.push({ start: at, end: at + title.length });
  return out;
};

it.each([
  ['first', 0],
  ['last', 1],
])('cites the other line when the mention is in the %s one', (_, own) => {
  const occurrences = lines('1. Négociations restreintes');
  const line = occurrences[own] as { start: number; end: number };
  const mention = { start: line.start + 3, end: line.end };
  const spans = repeatedMentionSpans(TEXT, occurrences, mention);
  expect(spans).toHaveLength(1);
  for (const s of spans) {
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(TEXT.slice(s.start, s.end)).toBe('Négociations restreintes');
  }
});

it('cites nothing in a repeated line that does not write the mention', () => {
  const occurrences = [
    { start: TEXT.indexOf('2. Conf'), end: TEXT.indexOf('2. Conf') + 23 },
    ...lines('1. Négociations restreintes').slice(1),
  ];
  const own = occurrences[1] as { start: number; end: number };
  const spans = repeatedMentionSpans(TEXT, occurrences, { start: own.start + 3, end: own.end });
  expect(spans).toEqual([]);
});
