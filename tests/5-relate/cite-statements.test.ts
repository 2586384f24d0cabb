// A relation cites the whole sentence or list line around what its rule pointed at.

import { clampToWords, statementAround } from '../../src/5-relate/cite-statements.js';
import { splitSentences } from '../../src/5-relate/sentences.js';

const cite = (text: string, word: string, length = word.length) => {
  const start = text.indexOf(word);
  const span = statementAround(text, splitSentences(text), { start, end: start + length });
  return text.slice(span.start, span.end);
};

it.each([
  [
    'a name in a sentence: the sentence',
    'Le ministre Ivan Morel est arrivé. Il a rencontré Olga Tamm à Tartu.',
    'Olga Tamm',
    'Il a rencontré Olga Tamm à Tartu.',
  ],
  [
    'a name on a list line: the line',
    'Ont participé :\n• Ivan Morel, ministre des Finances ;\n• Olga Tamm.',
    'Ivan Morel',
    '• Ivan Morel, ministre des Finances ;',
  ],
  [
    'a span over two sentences: both',
    'Ivan Morel parle. Olga Tamm répond.',
    'parle. Olga',
    'Ivan Morel parle. Olga Tamm répond.',
  ],
  [
    'an initial inside the sentence: the sentence goes on',
    'Le président I. Morel a reçu M. Tamm au palais.',
    'Morel',
    'Le président I. Morel a reçu M. Tamm au palais.',
  ],
])('%s', (_, text, word, expected) => {
  expect(cite(text, word)).toBe(expected);
});

it('cuts a window of whole words out of a text without stops', () => {
  const text = `${'mot '.repeat(300)}Ivan Morel ${'suite '.repeat(300)}`.trim();
  const quote = cite(text, 'Ivan Morel');
  expect(quote).toContain('Ivan Morel');
  expect(quote.length).toBeLessThan(500);
  expect(quote).toMatch(/^\S.*\S$/u);
  expect(text.includes(quote)).toBe(true);
});

it.each([
  ['exercices', 0, 8, 'exercices'],
  ['  la flotte  ', 0, 13, 'la flotte'],
  ['de la Biélorussie', 9, 12, 'Biélorussie'],
  ['abc', -4, 99, 'abc'],
])('widens %j [%i, %i] to whole words inside the text', (text, start, end, expected) => {
  const span = clampToWords(text, { start, end });
  expect(text.slice(span.start, span.end)).toBe(expected);
});
