// caseOf reads ASCII words by character codes: it must answer as the Unicode classes do.

import fc from 'fast-check';
import { caseOf } from '../../../src/3-recognise/tokens/tokenise.js';

/** The reading by Unicode classes, for any word. */
function byClasses(word: string): string {
  const first = word[0] ?? '';
  const rest = word.slice(1);
  if (!/\p{Lu}/u.test(first)) return /\p{Ll}/u.test(word) ? 'lower' : 'none';
  if (!/\p{Ll}/u.test(rest)) return word.length > 1 ? 'upper' : 'title';
  return /\p{Lu}/u.test(rest.replace(/[-‐‑]\p{Lu}/gu, '')) ? 'mixed' : 'title';
}

it('reads the case of words as the Unicode classes do', () => {
  const letters = [...'aAbBzZ-–‐1éÉçÇİ'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 7 }), (chars) => {
      const word = chars.join('');
      expect(caseOf(word)).toBe(byClasses(word));
    }),
    { numRuns: 5000 },
  );
});

it.each([['McCain'], ['Kassym-Jomart'], ['OTAN'], ['A'], ['al-Thani'], ['AB-Cd'], ['A-B']])(
  'reads "%s" as the Unicode classes do',
  (word) => {
    expect(caseOf(word)).toBe(byClasses(word));
  },
);
