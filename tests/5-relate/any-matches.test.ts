// A cue table's union rejects a text exactly when none of its regexes matches it.

import fc from 'fast-check';
import { MEETING_CUES } from '../../src/lexicon/meeting-verbs.js';
import { PARTICIPATION_CUES } from '../../src/lexicon/participation-verbs.js';
import { anyMatches, regexOf } from '../../src/5-relate/patterns.js';

const tables = [MEETING_CUES, PARTICIPATION_CUES].map((cues) =>
  cues.map((cue) => regexOf(cue.pattern)),
);

it.each([
  ['Vladimir Poutine a rencontré Xi Jinping.'],
  ['Le président a participé au sommet.'],
  ['The summit was attended by the leaders.'],
  ['Il fait beau à Minsk.'],
  ['ſ a rencontré K'],
  [''],
])('answers for "%s" as the regexes one by one', (text) => {
  for (const regexes of tables)
    expect(anyMatches(regexes)(text)).toBe(regexes.some((r) => r.test(text)));
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
        expect(anyMatches(regexes)(text)).toBe(regexes.some((r) => r.test(text)));
    }),
  );
});

it('never rejects a text for a table with a backreference or a global regex', () => {
  expect(anyMatches([/(a)\1/u, /b/])('zz')).toBe(true);
  expect(anyMatches([/a/g])('zz')).toBe(true);
  expect(anyMatches([/a/i, /b/iu])('zz')).toBe(false);
  expect(anyMatches([/a/i, /b/iu])('B')).toBe(true);
});
