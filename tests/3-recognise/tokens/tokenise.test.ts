import {
  compileSteps,
  matchAfter,
  matchBefore,
} from '../../../src/3-recognise/tokens/match-steps.js';
import { buildTokenView } from '../../../src/3-recognise/tokens/tag-tokens.js';
import { tokenise } from '../../../src/3-recognise/tokens/tokenise.js';
import { matchLexicon } from '../../../src/3-recognise/lexicon-matcher.js';
import { selectMentions } from '../../../src/3-recognise/recognise-document.js';

const texts = (text: string) => tokenise(text).map((t) => t.text);

it.each([
  ['d’Arménie', ['d’', 'Arménie']],
  ["l'OTSC", ["l'", 'OTSC']],
  ['Kassym-Jomart Tokaïev', ['Kassym-Jomart', 'Tokaïev']],
  ['V.Poutine', ['V', '.', 'Poutine']],
  ['cheikh al-Thani, 2023.', ['cheikh', 'al-Thani', ',', '2023', '.']],
])('splits %s into words, elisions and marks', (text, expected) => {
  expect(texts(text)).toEqual(expected);
});

it('reads the case of each word and the initials', () => {
  const [v, dot, name, caps, low] = tokenise('V. Poutine POUTINE poutine');
  expect([v?.initial, dot?.kind, name?.case, caps?.case, low?.case]).toEqual([
    true,
    'punct',
    'title',
    'upper',
    'lower',
  ]);
});

it('starts a sentence after a full stop but not after an initial', () => {
  const tokens = tokenise('Il est venu. Selon S. Lavrov, non.\nLors');
  const starts = tokens.filter((t) => t.sentenceStart).map((t) => t.text);
  expect(starts).toEqual(['Il', 'Selon', 'Lors']);
});

it('tags tokens with the lexicon and the mentions covering them', () => {
  const text = 'Sergueï Lavrov du Kazakhstan selon';
  const view = buildTokenView(text, selectMentions(matchLexicon(text)));
  expect(view.tags.map((t) => [...t].sort())).toEqual([
    ['#FirstName', '#Person'],
    ['#Person'],
    ['#NotName'],
    ['#Country'],
    ['#NotName'],
  ]);
});

it.each([
  ['Tokaïev du Kazakhstan', 1, "du|d'|de la|l'? #Country", 3],
  ['Nikol Pachinian de la Corée du Nord', 2, "du|d'|de la|l'? #Country", 7],
  ['Hun Manet du sommet', 2, "du|d'|de la|l'? #Country", -1],
])('matches "%s" after token %i with %s', (text, from, pattern, end) => {
  const view = buildTokenView(text, selectMentions(matchLexicon(text)));
  expect(matchAfter(view, from, compileSteps(pattern))).toBe(end);
});

it('matches steps leftwards, the last step touching the token', () => {
  const text = 'la Biélorussie (Alexandre';
  const view = buildTokenView(text, selectMentions(matchLexicon(text)));
  expect(matchBefore(view, 2, compileSteps('#Country ('))).toBe(1);
  expect(matchBefore(view, 2, compileSteps('#Org ('))).toBe(-1);
});
