// A cue table's check rejects a text exactly when none of its regexes matches it.

import fc from 'fast-check';
import { MEETING_CUES } from '../../src/lexicon/meeting-verbs.js';
import { MEMBERSHIP_CUES } from '../../src/lexicon/membership-cues.js';
import {
  COUNTRIES_DESCRIPTION_EN,
  COUNTRIES_DESCRIPTION_FR,
  GROUP_DESCRIPTION,
  LEADERS_OF_COUNTRIES,
  PARTICIPATION_CUES,
} from '../../src/lexicon/participation-verbs.js';
import { wholeWords } from '../../src/patterns.js';
import { anyMatches, regexOf } from '../../src/5-relate/patterns.js';

const groups = [
  new RegExp(wholeWords(GROUP_DESCRIPTION), 'gi'),
  ...[COUNTRIES_DESCRIPTION_FR, COUNTRIES_DESCRIPTION_EN, LEADERS_OF_COUNTRIES].map(
    (pattern) => new RegExp(wholeWords(pattern), 'giu'),
  ),
];
const tables = [
  ...[MEETING_CUES, PARTICIPATION_CUES].map((cues) => cues.map((cue) => regexOf(cue.pattern))),
  groups,
  MEMBERSHIP_CUES.map((cue) => new RegExp(wholeWords(cue.pattern), 'gi')),
];
/** One by one, as matchAll reads each: from the start of the text. */
const anyOneByOne = (regexes: readonly RegExp[], text: string) =>
  regexes.some(
    (r) => [...text.matchAll(new RegExp(r.source, `${r.flags.replace('g', '')}g`))].length > 0,
  );

it.each([
  ['Vladimir Poutine a rencontré Xi Jinping.'],
  ['Le président a participé au sommet.'],
  ['The summit was attended by the leaders.'],
  ['Il fait beau à Minsk.'],
  ['ſ a rencontré K'],
  ['les deux présidents se sont entretenus'],
  ['les présidents russe et chinois'],
  ['la Russie est membre de l’OTSC'],
  [''],
])('answers for "%s" as the regexes one by one', (text) => {
  for (const regexes of tables) expect(anyMatches(regexes)(text)).toBe(anyOneByOne(regexes, text));
});

it('agrees with the regexes one by one on texts made of their own words', () => {
  const words = [
    'a',
    'rencontré',
    'participé',
    'au',
    'sommet',
    'met',
    'with',
    'X',
    ',',
    'était',
    'présent',
    'ont',
  ];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...words), { maxLength: 8 }), (parts) => {
      const text = parts.join(' ');
      for (const regexes of tables)
        expect(anyMatches(regexes)(text)).toBe(anyOneByOne(regexes, text));
    }),
  );
});

it('answers a table with a backreference as its regexes one by one', () => {
  expect(anyMatches([/(ab)\1/u, /b/])('zz')).toBe(false);
  expect(anyMatches([/(ab)\1/u, /c/])('xabab')).toBe(true);
});

it('reads global regexes from the start of the text, whatever their lastIndex', () => {
  const global = /a/g;
  global.lastIndex = 5;
  expect(anyMatches([global])('zz')).toBe(false);
  expect(anyMatches([global])('a')).toBe(true);
  expect(global.lastIndex).toBe(5);
});

it('keeps each set of flags to its own union', () => {
  expect(anyMatches([/a/i, /b/iu])('zz')).toBe(false);
  expect(anyMatches([/a/i, /b/iu])('B')).toBe(true);
});
