// Text -> tokens in one pass: words (hyphenated chains kept whole: "Kassym-Jomart", "al-Thani"),
// French elisions split off ("d’Arménie" -> "d’" + "Arménie"), numbers and single punctuation marks.
// A capital before an apostrophe and a capitalised word is a name's prefix: "O'Neill", "N'Diaye",
// and "D'Angelo" after another word.

import { foldText } from '../../4-resolve/normalise.js';
import type { Token, TokenKind, WordCase } from './types.js';

const TOKEN =
  /(?:O|N|(?<=\p{L}[ \u00a0]+)D)['’]\p{Lu}\p{Ll}[\p{L}\p{M}]*(?:[-‐‑][\p{L}\p{M}]+)*|(?:[ldjnmcstLDJNMCST]|[qQ][uU])['’](?=\p{L})|\p{L}[\p{L}\p{M}]*(?:[-‐‑][\p{L}\p{M}]+)*|\p{N}+(?:[.,]\p{N}+)*|\S/gu;
const LETTER_START = /^\p{L}/u;
const DIGIT_START = /^\p{N}/u;
const SENTENCE_END = new Set(['.', '!', '?', '…']);
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  const folded = foldText(text);
  let previous: Token | undefined;
  let nextNewline = -1;
  // exec on the one global regex, not matchAll's iterator over a copy of it
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const word = m[0];
    const kind = kindOf(word);
    // the next line end, looked up again only once passed: one scan of the text in all
    if (nextNewline < (previous?.end ?? 0)) nextNewline = text.indexOf('\n', previous?.end ?? 0);
    if (nextNewline < 0) nextNewline = Number.POSITIVE_INFINITY;
    const lineStart = previous === undefined || nextNewline < start;
    const initial = kind === 'word' && word.length === 1 && UPPER.test(word) && text[end] === '.';
    const token: Token = {
      start,
      end,
      text: word,
      folded: folded.slice(start, end),
      kind,
      case: kind === 'word' ? caseOf(word) : 'none',
      lineStart,
      sentenceStart: lineStart || endsSentence(previous, tokens),
      initial,
    };
    tokens.push(token);
    previous = token;
  }
  return tokens;
}

/** A full stop ends a sentence, unless it is the dot of an initial ("V. Poutine"). */
function endsSentence(previous: Token | undefined, tokens: readonly Token[]): boolean {
  if (!previous || !SENTENCE_END.has(previous.text)) return false;
  const before = tokens[tokens.length - 2];
  return !(previous.text === '.' && before?.initial && before.end === previous.start);
}

/** ASCII letters and digits by their codes (most tokens), any other start by its Unicode class. */
function kindOf(word: string): TokenKind {
  const code = word.charCodeAt(0);
  if (code >= 0x80)
    return LETTER_START.test(word) ? 'word' : DIGIT_START.test(word) ? 'number' : 'punct';
  if ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) return 'word';
  return code >= 0x30 && code <= 0x39 ? 'number' : 'punct';
}

export function caseOf(word: string): WordCase {
  return asciiCaseOf(word) ?? unicodeCaseOf(word);
}

/** A hyphen or an apostrophe: "Kassym-Jomart", "O'Neill" are still title case. */
const AFTER_JOINER = new Set([0x2d, 0x27]);
const isUpper = (code: number) => code >= 0x41 && code <= 0x5a;
const isLower = (code: number) => code >= 0x61 && code <= 0x7a;

/** caseOf read by character codes, for a word of ASCII only; undefined for any other word. */
function asciiCaseOf(word: string): WordCase | undefined {
  let lowerInRest = false;
  // a capital after the first letter, not right after a hyphen ("Kassym-Jomart" is title case)
  let upperInRest = false;
  for (let i = 1; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 0x80) return undefined;
    if (isLower(code)) lowerInRest = true;
    else if (isUpper(code) && (i === 1 || !AFTER_JOINER.has(word.charCodeAt(i - 1))))
      upperInRest = true;
  }
  const first = word.charCodeAt(0);
  if (!(first < 0x80)) return undefined;
  if (!isUpper(first)) return isLower(first) || lowerInRest ? 'lower' : 'none';
  if (!lowerInRest) return word.length > 1 ? 'upper' : 'title';
  return upperInRest ? 'mixed' : 'title';
}

function unicodeCaseOf(word: string): WordCase {
  const first = word[0] ?? '';
  const rest = word.slice(1);
  if (!UPPER.test(first)) return LOWER.test(word) ? 'lower' : 'none';
  if (!LOWER.test(rest)) return word.length > 1 ? 'upper' : 'title';
  // "Kassym-Jomart", "Oyun-Erdene": capitals after hyphens are still title case
  return UPPER.test(rest.replace(/[-‐‑'’]\p{Lu}/gu, '')) ? 'mixed' : 'title';
}
