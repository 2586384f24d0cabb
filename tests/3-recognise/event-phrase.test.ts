import { determinerBefore, extendRight } from '../../src/3-recognise/event-phrase.js';

const phraseFrom = (text: string, keyword: string) => {
  const start = text.indexOf(keyword);
  return text.slice(start, extendRight(text, start + keyword.length, text.length).end);
};

describe('English complements', () => {
  it.each([
    ['the minister began a visit to Mongolia on Monday.', 'visit', 'visit to Mongolia'],
    [
      'a press conference by the President of Kazakhstan followed.',
      'press conference',
      'press conference by the President of Kazakhstan',
    ],
    [
      'a dinner hosted on behalf of the Prime Minister of India closed the day.',
      'dinner',
      'dinner hosted on behalf of the Prime Minister of India',
    ],
    // trap: "on" alone is no complement ("the talks on Monday" ends at "talks")
    ['the talks on Monday were long.', 'talks', 'talks'],
  ])('extends "%s" from "%s"', (text, keyword, expected) => {
    expect(phraseFrom(text, keyword)).toBe(expected);
  });
});

describe('determinerBefore', () => {
  it.each([
    ['à la suite d’une rencontre', 'rencontre', 'une '],
    ["au cours d'un entretien", 'entretien', 'un '],
    ['pendant la visite', 'visite', 'la '],
    // trap: a word ending in "une" is no determiner ("lacune visite" is not "une visite")
    ['la lacune visite', 'visite', undefined],
  ])('finds the determiner of "%s"', (text, keyword, expected) => {
    expect(determinerBefore(text, text.indexOf(keyword))).toBe(expected);
  });
});
