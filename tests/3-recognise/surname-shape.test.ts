// People whose given name is not listed, known by a surname of the region; snippets written for
// these tests.

import { findGrammarPeople } from '../../src/3-recognise/person-grammar/find-grammar-people.js';
import { matchLexicon } from '../../src/3-recognise/lexicon-matcher.js';

const peopleOf = (text: string) =>
  findGrammarPeople(text, matchLexicon(text)).map((m) => [m.surface, m.rule]);

describe('a surname of the region', () => {
  it.each([
    ['Zhanna Orazbayeva et Timur Suleimenov ont représenté le Kazakhstan.', 'Zhanna Orazbayeva'],
    ['Ont pris part à la réunion Gulshara Abdykalikova et Erlan Karin.', 'Gulshara Abdykalikova'],
    ['Later Ashot Mkrtchyan spoke to the press.', 'Ashot Mkrtchyan'],
    ['Le député Tengiz Bakradze a voté.', 'Tengiz Bakradze'],
  ])('makes a person in "%s"', (text, name) => {
    expect(peopleOf(text).map(([surface]) => surface)).toContain(name);
  });

  it.each([
    ['Le Théâtre Mariinsky a accueilli le concert.'],
    ['They visited Novo Ogaryovo on Monday.'],
    ['The Press Club Kiev hosted them.'],
    ['LA DÉLÉGATION IVANOV est arrivée.'],
  ])('makes none in "%s"', (text) => {
    expect(peopleOf(text).filter(([, rule]) => rule === 'surname-shape')).toEqual([]);
  });
});
