// A name whose last words are written in lower case ("Mukhtar tileuberdi,", "le ministre Ivan
// petrov."): such words are kept when they close the name before punctuation and read as no
// French or English word (no verb or adverb ending, no short closing word, no lexicon tag).

import { COMMON_CLOSING_WORDS, COMMON_WORD_ENDINGS } from '../../lexicon/lower-case-names.js';
import { SPEECH_PRESENT, SPEECH_VERBS } from '../../lexicon/speech-cues.js';
import type { TokenView } from '../tokens/types.js';

const CLOSING_WORDS = new Set([...COMMON_CLOSING_WORDS, ...SPEECH_VERBS, ...SPEECH_PRESENT]);
const COMMON_ENDING = new RegExp(`(?:${COMMON_WORD_ENDINGS.join('|')})$`, 'u');
/** Shorter words are function words ("sont", "avec", "also" are caught by the lists). */
const MIN_LETTERS = 4;
/** "Ivan petrov" and "Ivan sergueïevitch petrov": at most two lower-case words close a name. */
const MAX_LOWER_WORDS = 2;
/** Punctuation that closes a name: "Ivan petrov, …", "Ivan petrov (Russie)", "Ivan petrov." */
const CLOSERS = new Set([',', '.', ';', ':', '(', ')']);

/** Token i is one of the lower-case last words of a name opened by a capitalised word. */
export function isLowerCaseSurname(view: TokenView, i: number): boolean {
  let first = i;
  while (first > i - MAX_LOWER_WORDS && view.tokens[first - 1]?.case === 'lower') first--;
  const opener = view.tokens[first - 1];
  if (!opener || opener.initial || (opener.case !== 'title' && opener.case !== 'upper'))
    return false;
  for (let j = first; ; j++) {
    const next = view.tokens[j + 1];
    if (!next || !isSurnameLike(view, j) || !sameLine(view, j, j + 1)) return false;
    if (next.kind === 'punct') return CLOSERS.has(next.text);
    if (j + 1 >= first + MAX_LOWER_WORDS) return false;
  }
}

/** A lower-case word of a name: long enough, no common ending, no closing word, no lexicon tag. */
function isSurnameLike(view: TokenView, j: number): boolean {
  const token = view.tokens[j];
  if (!token || token.case !== 'lower' || token.kind !== 'word') return false;
  // "emeka": a known given name in lower case is a name word; any other tag is not
  const tags = view.tags[j];
  if (view.mentionOf[j] !== undefined || (tags && [...tags].some((t) => t !== '#LowerFirstName')))
    return false;
  const folded = token.folded;
  return (
    /^\p{L}+$/u.test(folded) &&
    folded.length >= MIN_LETTERS &&
    !CLOSING_WORDS.has(folded) &&
    !COMMON_ENDING.test(folded)
  );
}

function sameLine(view: TokenView, a: number, b: number): boolean {
  const left = view.tokens[a];
  const right = view.tokens[b];
  return !!left && !!right && /^[ \t\u00a0]*$/u.test(view.text.slice(left.end, right.start));
}
