// A cue table's keyword filter never leaves out a cue that matches: on snippets of our own, on
// every quoted text of the test suite, and on texts made of the cues' own words.

import fs from 'node:fs';
import path from 'node:path';
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
import { REPRESENTATION_CUES } from '../../src/lexicon/representation-cues.js';
import { regexOf } from '../../src/5-relate/patterns.js';
import { wholeWords } from '../../src/patterns.js';
import { foldTable } from '../../src/prefilter/fold-code.js';
import { LiteralFilter } from '../../src/prefilter/literal-filter.js';

/** The tables as the rules build their regexes. */
const TABLES: Record<string, readonly RegExp[]> = {
  meeting: MEETING_CUES.map((cue) => regexOf(cue.pattern)),
  participation: PARTICIPATION_CUES.map((cue) => regexOf(cue.pattern)),
  representation: REPRESENTATION_CUES.map((cue) => new RegExp(wholeWords(cue.pattern), 'iu')),
  membership: MEMBERSHIP_CUES.map((cue) => new RegExp(wholeWords(cue.pattern), 'gi')),
  groups: [
    GROUP_DESCRIPTION,
    COUNTRIES_DESCRIPTION_FR,
    COUNTRIES_DESCRIPTION_EN,
    LEADERS_OF_COUNTRIES,
  ].map((pattern) => new RegExp(wholeWords(pattern), 'giu')),
};
const FILTERS = Object.entries(TABLES).map(
  ([name, regexes]) => [name, regexes, new LiteralFilter(regexes, (r) => r)] as const,
);

const matches = (regex: RegExp, text: string): boolean =>
  new RegExp(regex.source, regex.flags.replace('g', '')).test(text);

/** The cues of the tables that match the text but were filtered out. */
function missed(text: string): string[] {
  return FILTERS.flatMap(([name, regexes, filter]) => {
    const kept = new Set(filter.candidates(text));
    return regexes.flatMap((r, i) => (matches(r, text) && !kept.has(r) ? [`${name}#${i}`] : []));
  });
}

describe('keywords a cue cannot match without', () => {
  const needs = (source: string, flags = 'i') =>
    new LiteralFilter([new RegExp(source, flags)], (r) => r).keywordsOf(new RegExp(source));

  it('reads a verb and its preposition apart, across what may come between them', () => {
    const filter = new LiteralFilter([/s[’']est entretenue?.* avec/iu], (r) => r);
    const [cue] = filter.candidates('Il s’est entretenu mardi avec lui');
    expect(cue).toBeDefined();
    expect(filter.keywordsOf(cue as RegExp)).toEqual([
      ['s’est entretenu', "s'est entretenu"],
      [' avec'],
    ]);
  });

  it('needs one keyword of each alternative, and nothing a lookaround reads', () => {
    const filter = new LiteralFilter([/(?<=le )(?:rencontre|meets)(?= l)/i], (r) => r);
    expect(filter.keywordsOf(filter.candidates('X meets Y')[0] as RegExp)).toEqual([
      ['meets', 'rencontre'],
    ]);
  });

  it('needs nothing where a pattern may match any letters ("\\p{L}+", "(a)\\1")', () => {
    const filter = new LiteralFilter([/\p{L}+,? \p{L}+/iu, /(ab)\1/u], (r) => r);
    expect(filter.candidates('zz')).toHaveLength(2);
  });

  it('folds the keywords as case-insensitive regexes read them ("RENCONTRÉ", "ſ")', () => {
    const filter = new LiteralFilter([/a rencontré/i, /stade/iu], (r) => r);
    expect(filter.candidates('IL A RENCONTRÉ')).toHaveLength(1);
    expect(filter.candidates('ſtade')).toHaveLength(1);
  });

  it('leaves out a cue whose keyword the text lacks (trap: "rencontres" holds no "rencontré")', () => {
    const filter = new LiteralFilter([/a rencontré/i, /rencontres/i], (r) => r);
    expect(filter.candidates('les rencontres de Minsk')).toEqual([/rencontres/i]);
    expect(filter.candidates('la réunion de Minsk')).toEqual([]);
  });

  it('finds keywords inside one another ("entretiens" and "entre")', () => {
    const filter = new LiteralFilter([/entretiens/i, /entre eux/i, /tiens/i], (r) => r);
    expect(filter.candidates('des entretiens entre eux')).toHaveLength(3);
  });

  it('drops keywords too short to tell, not the cue', () => {
    expect(needs('a|le')).toEqual([]);
  });
});

describe('the cue tables of the rules', () => {
  it('fold each keyword character as every case-insensitive match of it', () => {
    const fold = foldTable();
    const chars = new Set(
      FILTERS.flatMap(([, regexes, filter]) =>
        regexes.flatMap((r) => filter.keywordsOf(r).flat()),
      ).join(''),
    );
    let all = '';
    for (let code = 0; code < 0x10000; code += 1)
      if (code < 0xd800 || code > 0xdfff) all += String.fromCharCode(code);
    for (const char of chars) {
      const escaped = char.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');
      for (const flags of ['gi', 'giu'])
        for (const m of all.matchAll(new RegExp(escaped, flags)))
          expect([char, fold[m[0].charCodeAt(0)]]).toEqual([char, fold[char.charCodeAt(0)]]);
    }
  });

  it.each([
    ['Vladimir Poutine a rencontré Xi Jinping.'],
    ['Le président s’est entretenu lundi à Moscou avec son homologue.'],
    ['La délégation russe était conduite par le ministre.'],
    ['the Turkish delegation is led by the minister'],
    ['la Russie est membre de l’OTSC'],
    ['LES DEUX PRÉSIDENTS SE SONT ENTRETENUS'],
    ['ſ a rencontré K'],
    ['Il fait beau à Minsk.'],
    [''],
  ])('keeps every cue that matches "%s"', (text) => {
    expect(missed(text)).toEqual([]);
  });

  it('keeps every cue that matches a quoted text of the test suite', () => {
    const root = 'tests';
    const files = fs
      .readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.test.ts'));
    const texts = files.flatMap((f) =>
      [
        ...fs
          .readFileSync(path.join(root, f), 'utf8')
          .matchAll(/'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`([^`$]*)`/gu),
      ].map((m) => m[1] ?? m[2] ?? m[3] ?? ''),
    );
    expect(texts.length).toBeGreaterThan(5000);
    const failures = texts.flatMap((text) => missed(text).map((cue) => `${cue}: ${text}`));
    expect(failures).toEqual([]);
  });

  it('keeps every cue that matches a text made of the cues’ own words, in any case', () => {
    const words = [
      ...new Set(
        FILTERS.flatMap(([, regexes, filter]) =>
          regexes.flatMap((r) => filter.keywordsOf(r).flat()),
        )
          .flatMap((k) => k.split(' '))
          .filter((w) => w.length > 0),
      ),
    ];
    const extra = [
      'X',
      'Y',
      ',',
      ':',
      'la',
      'le',
      'russe',
      'Moscou',
      'mardi',
      '–',
      'the',
      'Russian',
    ];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...words, ...extra), { maxLength: 10 }),
        fc.boolean(),
        (parts, upper) => {
          const text = parts.join(' ');
          expect(missed(upper ? text.toUpperCase() : text)).toEqual([]);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
