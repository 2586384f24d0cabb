// Given names of the whole region open a name without a title; composed and Arabic names stay whole.

import { angliciseSurname } from '../../src/4-resolve/anglicise-name.js';
import { graphOf, namesOf } from '../helpers.js';

const people = (text: string) => namesOf(graphOf(text), 'Person');

it.each([
  ['an Azerbaijani given name', 'Farhad Mammadov a pris la parole.', ['Farhad Mammadov']],
  ['a Tajik given name', 'Sirodjiddine Mouhriddine est arrivé hier.', ['Sirojiddin Muhriddin']],
  [
    'a composed French given name',
    'Le ministre a reçu Jean-Yves Le Drian.',
    ['Jean-Yves Le Drian'],
  ],
  [
    'a composed given name in a list',
    'Marie-Claire Dupont et Ivan Petrov ont signé.',
    ['Ivan Petrov', 'Marie-Claire Dupont'],
  ],
  [
    'a father’s given name after "bin"',
    'Cheikh Jassim bin Fahad al-Thani a reçu le ministre.',
    ['Jassim bin Fahad al-Thani'],
  ],
])('finds %s', (_, text, expected) => {
  expect(people(text)).toEqual(expected);
});

it.each([
  ['Potiomkine', 'Potyomkin'],
  ['Rodionov', 'Rodionov'],
  ['Larionova', 'Larionova'],
  ['Michoustine', 'Mishustin'],
])('anglicises "%s" as "%s"', (french, english) => {
  expect(angliciseSurname(french)).toBe(english);
});
