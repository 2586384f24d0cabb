// Korean and Vietnamese names read by their shape: family name first, then two syllables.

import { graphOf, namesOf } from '../helpers.js';

const people = (text: string) => namesOf(graphOf(text), 'Person');

it.each([
  ['a Korean name of three words', 'Pak Thae Song a dirigé la délégation.', ['Pak Thae Song']],
  ['a hyphenated Korean given name', 'Cho Tae-yul est arrivé à Tokyo.', ['Cho Tae-yul']],
  [
    'two Vietnamese names',
    'Nguyen Xuan Phuc et Vo Van Thuong ont reçu la délégation.',
    ['Nguyen Xuan Phuc', 'Vo Van Thuong'],
  ],
  ['a syllable that is a French word', 'Ri Son Hui a parlé hier.', ['Ri Son Hui']],
])('finds %s', (_, text, expected) => {
  expect(people(text)).toEqual(expected);
});

it.each([
  ['a city named after a person', 'Le forum se tient à Hô Chi Minh-Ville.'],
  ['a family name before two long words', 'Le Han River Bridge est fermé.'],
  ['a family name alone', 'Le groupe Song a signé.'],
])('finds no person in %s', (_, text) => {
  expect(people(text)).toEqual([]);
});
