// The quick reader of common French dates must never disagree with chrono-node: wherever it
// answers, chrono gives the same date over the same text; elsewhere it leaves the window to chrono.

import * as chrono from 'chrono-node';
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { readCommonFrenchDate } from '../../src/3-recognise/dates/common-dates.js';
import { dateWindow, parseWithChrono } from '../../src/3-recognise/dates/find-dates.js';
import { FRENCH_MONTHS } from '../../src/lexicon/index.js';

const agreesWithChrono = (window: string) => {
  const quick = readCommonFrenchDate(window);
  if (quick)
    expect({ window, ...quick }).toEqual({ window, ...parseWithChrono(chrono.fr, window) });
  return quick !== undefined;
};

const TAILS = [
  '',
  ' ',
  '\nA – Début',
  '.',
  ' – Astana',
  ' – 15 juin',
  ' à Minsk',
  ' à 16h15 à Sotchi',
  ', 16:15',
  ', Moscou',
  ' dernier',
  ' prochain',
  ' à midi',
  ' au soir',
  ' et 28 juin',
  '-18 mai',
  ' Minsk',
  ' (heure de Moscou)',
  ' vers 14h',
  ' de 10h à 12h',
  ' 2022',
  '/2022',
  ' en présence de',
  ' à 16h15',
  ' à 9h',
  ' à 09h45 à Minsk',
  ' à 14h50\nLes négociations',
  ' à 24h00',
  ' à 16h75',
  ' à 16h15-17h00',
  ' à 16h15.',
  ' à 16h15, Moscou',
  ' à 16h15 heure de Moscou',
  ' à 16 heures',
  ' à 16h15 et à 17h',
  ' –',
  ' - ',
  ' –\t',
];

it('agrees with chrono on generated day, month, year and what follows', () => {
  const months = Object.keys(FRENCH_MONTHS);
  const wordDates = fc
    .tuple(
      fc.integer({ min: 0, max: 32 }),
      fc.boolean(),
      fc.constantFrom(...months),
      fc.option(fc.integer({ min: 1899, max: 2101 }), { nil: undefined }),
      fc.constantFrom(...TAILS),
    )
    .map(
      ([day, er, month, year, tail]) =>
        `${day}${er && day === 1 ? 'er' : ''} ${month}${year ? ` ${year}` : ''}${tail}`,
    );
  const numericDates = fc
    .tuple(
      fc.integer({ min: 0, max: 32 }),
      fc.integer({ min: 0, max: 13 }),
      fc.constantFrom('22', '99', '50', '51', '00', '2024', '1999'),
      fc.constantFrom(...TAILS),
    )
    .map(
      ([d, m, y, tail]) =>
        `${String(d).padStart(2, '0')}.${String(m).padStart(2, '0')}.${y}${tail}`,
    );
  let answered = 0;
  fc.assert(
    fc.property(fc.oneof(wordDates, numericDates), (window) => {
      if (agreesWithChrono(window)) answered += 1;
    }),
    { numRuns: 3000, seed: 7 },
  );
  // it must also be useful: most plain dates are read without chrono
  expect(answered).toBeGreaterThan(600);
});

it('agrees with chrono on every date window of the sources', () => {
  const candidate = /\b\d{1,2}(?:er)?\s+\p{L}+|\b\d{1,2}\.\d{1,2}\.\d{2,4}\b/gu;
  let answered = 0;
  for (const file of readdirSync('sources').filter((f) => f.endsWith('.txt'))) {
    const text = readFileSync(`sources/${file}`, 'utf8');
    for (const m of text.matchAll(candidate)) {
      if (agreesWithChrono(dateWindow(text, m.index, m[0].length))) answered += 1;
    }
  }
  expect(answered).toBeGreaterThan(20);
});
