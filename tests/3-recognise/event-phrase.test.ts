import { determinerBefore, extendRight } from '../../src/3-recognise/event-phrase.js';
import { graphOf } from '../helpers.js';

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

describe('a phrase cut by its length', () => {
  const text =
    'The meeting of the Council of Heads of State of the Shanghai Cooperation Organization was held.';
  const name = 'Council of Heads of State of the Shanghai Cooperation Organization';
  const from = text.indexOf('meeting') + 'meeting'.length;
  const nameStart = text.indexOf(name);
  const insideName = (offset: number) => offset >= nameStart && offset < nameStart + name.length;

  it('runs to the end of the name it stopped in', () => {
    const end = extendRight(text, from, text.length, false, insideName).end;
    expect(text.slice(text.indexOf('meeting'), end)).toBe(`meeting of the ${name}`);
  });

  it('stops at ten words when no name is cut', () => {
    const end = extendRight(text, from, text.length).end;
    expect(text.slice(text.indexOf('meeting'), end)).toBe(
      'meeting of the Council of Heads of State of the Shanghai',
    );
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

describe('two country adjectives joined by "et"', () => {
  const surfaces = (text: string) => {
    const graph = graphOf(text);
    return graph
      .filterNodes((_, a) => a.type === 'Event')
      .flatMap((k) => graph.getNodeAttribute(k, 'aliases') as string[]);
  };

  it('keeps "chinois et russe" in the phrase, and stops at a clause after one adjective', () => {
    expect(
      surfaces(
        'Diplomatie\nLe 3 mai 2024 s’est tenue la 29e réunion régulière des chefs de gouvernement chinois et russe.',
      ),
    ).toContain('29e réunion régulière des chefs de gouvernement chinois et russe');
    expect(
      surfaces('Diplomatie\nLe 4 mai 2024, le sommet russe et les entretiens ont eu lieu.').some(
        (e) => e.includes('russe et'),
      ),
    ).toBe(false);
  });
});
