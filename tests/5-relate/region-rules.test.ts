import { edgesOf, graphOf } from '../helpers.js';

const locatedIn = (text: string) =>
  edgesOf(graphOf(`Dépêche\n\n${text}`, '2026-04-14'), 'LOCATED_IN');

it.each([
  [
    'Les ministres des cinq pays d’Asie centrale (Kazakhstan, Kirghizistan et Ouzbékistan) ont signé.',
    ['Kazakhstan -> Central Asia', 'Kyrgyzstan -> Central Asia', 'Uzbekistan -> Central Asia'],
  ],
  [
    'The envoys of three Central Asian states – Tajikistan, Turkmenistan and Uzbekistan – arrived.',
    ['Tajikistan -> Central Asia', 'Turkmenistan -> Central Asia', 'Uzbekistan -> Central Asia'],
  ],
  ['Il a dirigé longtemps le Gabon, petit pays d’Afrique centrale.', ['Gabon -> Central Africa']],
])('places the countries in their region: "%s"', (text, expected) => {
  expect(locatedIn(text)).toEqual(expect.arrayContaining(expected));
});

it.each([
  // a comma goes on to countries of other regions
  [
    'Les pays d’Asie centrale, la Russie et la Chine ont signé un accord.',
    'Russia -> Central Asia',
  ],
  // a list that is not the region's countries
  ['Le forum d’Asie centrale (Russie, Chine) a eu lieu.', 'Russia -> Central Asia'],
])('puts no country in the region in "%s"', (text, edge) => {
  expect(locatedIn(text)).not.toContain(edge);
});
