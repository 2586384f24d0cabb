// People after an honorific and family-name-first names, on snippets written for these tests:
// "Mme Mao Ning" is read whole, "M." is Monsieur (never an initial), "Le Hoai Trung" opens on a
// family name that is also a French article.

import { graphOf, namesOf } from '../helpers.js';

it.each([
  [
    'a Chinese name after "Mme"',
    'Selon Mme Mao Ning, la rencontre se tiendra à Pékin.',
    ['Mao Ning'],
  ],
  [
    'a full name after "M."',
    'Ensuite, M. Hakan Fidan a rencontré Mme Penny Wong à Ankara.',
    ['Hakan Fidan', 'Penny Wong'],
  ],
  [
    'a Vietnamese name that opens on "Le"',
    'Le vice-ministre Oleg Smirnov a reçu M. Le Hoai Trung au ministère.',
    ['Le Hoai Trung', 'Oleg Smirnov'],
  ],
  [
    '"M." before a known surname is Monsieur, not an initial',
    'Le président a reçu M. Tokaïev au Kremlin.',
    ['Kassym-Jomart Tokayev'],
  ],
  [
    'a Chinese family name that is an English word, inside a sentence',
    'Beijing sent Vice Premier He Lifeng to the talks.',
    ['He Lifeng'],
  ],
  ['trap: "Le" before a common noun', 'Le Bon Accueil a fermé ses portes.', []],
  ['trap: "Le" before a title', 'Le Premier ministre a parlé, puis M. Smirnov.', ['Smirnov']],
])('reads %s', (_, text, expected) => {
  expect(namesOf(graphOf(text), 'Person')).toEqual(expected);
});
