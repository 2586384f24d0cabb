import fc from 'fast-check';
import { foldName, foldText, translitKey } from '../../src/4-resolve/normalise.js';

/** The plain definition: every character folded on its own (accents off, lowercase, apostrophes). */
const foldEachCharacter = (text: string) =>
  [...text]
    .map((char) => {
      const base = char
        .normalize('NFD')
        .replace(/\p{M}+/gu, '')
        .toLowerCase()
        .replace(/[’ʼ`´‘]/g, "'");
      return base.length === char.length ? base : char.length === 1 ? (base[0] ?? char) : char;
    })
    .join('');

it('folds text keeping every offset', () => {
  expect(foldText('Loukachenko’s ÉTAT `x`')).toBe("loukachenko's etat 'x'");
  // "İ" lowercases to two characters: the fold still keeps one
  expect(foldText('İstanbul, Ünal')).toBe('istanbul, unal');
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
      const folded = foldText(text);
      expect(folded).toHaveLength(text.length);
      expect(folded).toBe(foldEachCharacter(text));
    }),
    { numRuns: 2000, seed: 3 },
  );
});

it('answers the same for names asked twice (memoised)', () => {
  expect(foldName("l’État-de l'Union")).toBe("l'etat de l'union");
  expect(foldName("l’État-de l'Union")).toBe("l'etat de l'union");
  expect(translitKey('Matveïev')).toBe(translitKey('Matveyev'));
  expect(translitKey('Beloussov')).toBe('belusov');
  expect(translitKey('Beloussov')).toBe('belusov');
});
