// English windows go to a chrono without its "3 days ago" and "2 weeks later" parsers unless a word
// those parsers need is there: the reading must be chrono's own either way.

import * as chrono from 'chrono-node';
import {
  RELATIVE_UNIT_PARSERS,
  RELATIVE_UNIT_WORD,
  parseWithChrono,
  readEnglishWithChrono,
} from '../../src/3-recognise/dates/find-dates.js';

/** The words a pattern must end on: "(?:ago|before|earlier)(?=\\W|$)" gives its three words. */
const finalWords = (pattern: RegExp) =>
  /\(\?:([a-z |]+)\)\(\?=(?:\(\?:)?\\W\|\$\)+$/.exec(pattern.source)?.[1]?.split('|') ?? [];

it('leaves out only parsers whose patterns end on a relative word it looks for', () => {
  const context = new chrono.ParsingContext('', new Date(Date.UTC(2000, 0, 1)));
  const dropped = chrono.en.casual.parsers.filter((p) =>
    RELATIVE_UNIT_PARSERS.has(p.constructor.name),
  );
  expect(dropped).toHaveLength(RELATIVE_UNIT_PARSERS.size);
  for (const parser of dropped) {
    const words = finalWords(parser.pattern(context));
    expect(words.length).toBeGreaterThan(0);
    for (const word of words) expect(RELATIVE_UNIT_WORD.test(`2 days ${word}.`)).toBe(true);
  }
});

it.each([
  ['October 26, 2020'],
  ['14 March 2021, the SCO Forum of the Heads of st'],
  ['10th December 2017 | 10:30 AM'],
  ['June 9-10, 2025 the Minister of Foreign Affair'],
  ['12 May, three days later, the ministers'],
  ['12 May 2024, two weeks ago'],
  ['5 June 2023 and 2 days after'],
  ['May 3 out of the blue'],
  ['3 May, 5 days earlier'],
])('reads "%s" as chrono does', (window) => {
  expect(readEnglishWithChrono(window)).toEqual(parseWithChrono(chrono.en, window));
});
