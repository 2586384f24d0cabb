import { matchLexicon } from '../../src/3-recognise/lexicon-matcher.js';

const found = (text: string, ignoreCase = false) =>
  matchLexicon(text, { ignoreCase }).map((m) => [m.surface, m.start, m.lexiconId]);

it('finds aliases as whole words only, every alias that ends where another does', () => {
  expect(found('Le sommet de l’OCS à Astana')).toEqual([
    ['OCS', 15, 'sco'],
    ['Astana', 21, 'astana'],
  ]);
  expect(found('FOCS, Astanaville, chinepourtant')).toEqual([]);
  // the longer alias and the city inside it are both candidates; selection comes later
  expect(found('Organisation de coopération de Shanghai')).toEqual([
    ['Organisation de coopération de Shanghai', 0, 'sco'],
    ['Shanghai', 31, 'shanghai'],
  ]);
  // an alias ending in punctuation still needs a word boundary after it
  expect(found('Washington, D.C., puis Washington, D.Cx')).toEqual([
    ['Washington', 0, 'washington'],
    ['Washington, D.C.', 0, 'washington'],
    ['Washington', 23, 'washington'],
  ]);
});

it('keeps the case rules unless told to ignore case', () => {
  expect(found('ocs et chine')).toEqual([]);
  expect(found('ocs et chine', true)).toEqual([
    ['ocs', 0, 'sco'],
    ['chine', 7, 'china'],
  ]);
  expect(found('le président RUSSE et la Chine')).toEqual([
    ['RUSSE', 13, 'russia'],
    ['Chine', 25, 'china'],
  ]);
});

it('reads country prefixes of compound adjectives', () => {
  expect(found('les relations russo-biélorusses')).toEqual([
    ['biélorusses', 20, 'belarus'],
    ['russo', 14, 'russia'],
  ]);
});

it('answers a repeated short text with the same mentions', () => {
  expect(matchLexicon('la Chine')).toBe(matchLexicon('la Chine'));
});
