// A full stop after a title or an initial does not end the clause: "M. Poutine", "V.Poutine".

import { isAbbreviationStop } from '../src/abbreviations.js';
import { sentenceOf } from '../src/3-recognise/sentence-of.js';

it.each([
  ['reçu par M. Poutine', 'M.', true],
  ['reçu par V.Poutine', 'V.', true],
  ['met Mr. Putin', 'Mr.', true],
  ['à Minsk. Le', 'Minsk.', false],
  ['the CSTO. It', 'CSTO.', false],
])('%s: the stop after "%s" is an abbreviation: %s', (text, before, expected) => {
  const dot = text.indexOf(before) + before.length - 1;
  expect(isAbbreviationStop(text, dot)).toBe(expected);
});

it('keeps "M. Poutine" inside one clause and ends it at the next full stop', () => {
  const text = 'La séance avec M. Poutine a eu lieu à Minsk. Puis il est parti.';
  expect(sentenceOf(text, text.indexOf('Minsk'))).toEqual({
    start: 0,
    end: text.indexOf('. Puis'),
  });
});
