// Full names made people by evidence elsewhere in the text, on snippets written for these tests:
// the surname with an honorific, or a speaker whose surname is written again; and the traps.

import { graphOf, namesOf } from '../helpers.js';

const people = (text: string) => namesOf(graphOf(text), 'Person');

it.each([
  [
    'a surname with an honorific later',
    'Il a reçu Temir Abdrakhmanov. M. Abdrakhmanov a remercié ses hôtes.',
    ['Temir Abdrakhmanov'],
  ],
  [
    'an English honorific without a dot',
    'Talks were held with Temir Abdrakhmanov. Mr Abdrakhmanov thanked the hosts.',
    ['Temir Abdrakhmanov'],
  ],
  [
    'a speaker named again',
    'Temir Abdrakhmanov a déclaré que rien ne change. Abdrakhmanov a ensuite quitté la salle.',
    ['Temir Abdrakhmanov'],
  ],
  [
    'an inverted speech verb',
    'La coopération progresse, a souligné Temir Abdrakhmanov. Pour Abdrakhmanov, rien ne change.',
    ['Temir Abdrakhmanov'],
  ],
  [
    'an English speaker',
    'Temir Abdrakhmanov said the talks went well. Abdrakhmanov added nothing.',
    ['Temir Abdrakhmanov'],
  ],
])('finds the person of %s', (_, text, expected) => {
  expect(people(text)).toEqual(expected);
});

it.each([
  ['an organisation that speaks once', 'Amnesty International a déclaré que rien ne change.'],
  ['a fund that speaks once', 'Golden Gate Capital a déclaré que rien ne change.'],
])('finds no person in %s', (_, text) => {
  expect(people(text)).toEqual([]);
});
