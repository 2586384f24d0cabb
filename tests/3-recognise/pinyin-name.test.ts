// Chinese names by their shape (a family name, then one or two pinyin syllables), on snippets
// written for these tests: no list of given names is needed, and look-alike words are not names.

import { graphOf, namesOf } from '../helpers.js';

const people = (text: string) => namesOf(graphOf(text), 'Person');

it.each([
  ['a name as subject', 'Hua Chenglin a déclaré que rien ne change.', ['Hua Chenglin']],
  ['a one-syllable given name', 'Selon Zhou Yan, rien ne change.', ['Zhou Yan']],
  ['a family name in capitals', 'ZHOU Yan et Song Tao ont parlé.', ['Song Tao', 'Zhou Yan']],
  ['an English sentence', 'Cheng Guoming said on Monday that talks went well.', ['Cheng Guoming']],
])('finds %s', (_, text, expected) => {
  expect(people(text)).toEqual(expected);
});

it('gives a later family name alone to the same person', () => {
  const graph = graphOf('Zhou Yanming est venu. Zhou a ensuite parlé.');
  expect(graph.filterNodes((_, a) => a.type === 'Person').length).toBe(1);
});

it.each([
  ['a possessive and a country', 'Ma Chine, dit-il, est grande.'],
  ['English words after a family name', 'Long March and Sun City are far. Hong Kong is near.'],
  ['a family name before a non-pinyin word', 'Wang Street is closed. Chen Smith came.'],
])('finds no person in %s', (_, text) => {
  expect(people(text)).toEqual([]);
});
