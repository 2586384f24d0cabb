// French landmark names in English word order when the glossary knows every word.

import { englishLandmarkName } from '../../src/4-resolve/landmark-name.js';

it.each([
  ['Monument de la Victoire', 'Victory Monument'],
  ["Place de l'Indépendance", 'Independence Square'],
  ['Palais de l’Indépendance', 'Independence Palace'],
  ['Musée de la Guerre', 'War Museum'],
  ['Monument de Kolas', undefined],
  ['Palais des Festivals de Cannes', undefined],
  ['Victoire', undefined],
])('%s -> %s', (french, english) => {
  expect(englishLandmarkName(french)).toBe(english);
});
