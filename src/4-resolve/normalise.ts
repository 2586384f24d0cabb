// Folding written once: case, accents, apostrophes, hyphens, and French/English transliteration.
// foldText keeps length (offset i in the folded text is offset i in the source).

import { memoiseString } from '../memoise.js';

const APOSTROPHES = /[’ʼ`´‘]/g;
const COMBINING_MARKS = /\p{M}+/gu;

/** The last long text folded: the lexicon, the tokeniser and the event finder each fold the whole
 * document, with short phrases folded in between. */
const REMEMBERED_LENGTH = 1000;
let lastText: string | undefined;
let lastFolded = '';

/** Same length as the input: "Loukachenko’s" -> "loukachenko's". */
export function foldText(text: string): string {
  if (text.length < REMEMBERED_LENGTH) return foldTextOnce(text);
  if (text !== lastText) {
    lastFolded = foldTextOnce(text);
    lastText = text;
  }
  return lastFolded;
}

function foldTextOnce(text: string): string {
  const lower = text.toLowerCase();
  // a few letters change length when lowercased ("İ"): then fold one character at a time
  if (lower.length !== text.length) {
    let out = '';
    for (const char of text) out += foldChar(char);
    return out;
  }
  return lower.replace(NEEDS_FOLDING, foldChar);
}

/** Lowercase ASCII is already folded, except the backtick. */
const NEEDS_FOLDING = /[^\0-\x5f\x61-\x7f]/gu;

const FOLDED_CHARS = new Map<string, string>();

/** One character folded, keeping its UTF-16 length so that offsets survive; memoised. */
function foldChar(char: string): string {
  const code = char.charCodeAt(0);
  if (code < 0x80)
    return code >= 0x41 && code <= 0x5a
      ? String.fromCharCode(code + 32)
      : char === '`'
        ? "'"
        : char;
  let folded = FOLDED_CHARS.get(char);
  if (folded === undefined) {
    const base = char
      .normalize('NFD')
      .replace(COMBINING_MARKS, '')
      .toLowerCase()
      .replace(APOSTROPHES, "'");
    folded = base.length === char.length ? base : char.length === 1 ? (base[0] ?? char) : char;
    FOLDED_CHARS.set(char, folded);
  }
  return folded;
}

/** For comparing names: "l’État-de l'Union" -> "l'etat de l'union". */
export const foldName = memoiseString(foldNameOnce);

function foldNameOnce(name: string): string {
  // marks are dropped before NFD too: NFD reorders a run of marks in quadratic time (100k: 4.7 s)
  return name
    .replace(COMBINING_MARKS, '')
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(APOSTROPHES, "'")
    .replace(/[-‐‑–—]/g, ' ')
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

// French spellings of Russian names -> one key: ou->u, ch->sh, ï/y->i, ss->s, final e dropped.
export const TRANSLIT_RULES: readonly (readonly [RegExp, string])[] = [
  [/tch/g, 'ch'],
  [/ch/g, 'sh'],
  [/kh/g, 'h'],
  [/ou/g, 'u'],
  [/gu(?=[ei])/g, 'g'],
  [/dj/g, 'j'],
  [/zh/g, 'j'],
  [/[yj](?=[aeiou])/g, 'i'],
  [/y/g, 'i'],
  [/ii/g, 'i'],
  // Russian ё inside a word, written yo, io or e: "Vorobyov", "Vorobiov", "Vorobev"; "Fiodorov"
  [/([bcdfgklmnprstvz])io(?=\p{L})/gu, '$1e'],
  [/([bcdfgklmnprstvz])\1/g, '$1'],
  // tried only where a run of letters starts: from every letter of a run it was quadratic
  [/(?<!\p{L})(\p{L}{3,}[^aeiou\s])e\b/gu, '$1'],
];

/** "Matveïev", "Matveyev" -> "matveiev"; "Beloussov", "Belousov" -> "belusov". */
export const translitKey = memoiseString(translitKeyOnce);

function translitKeyOnce(name: string): string {
  let key = foldName(name).replace(/'/g, '');
  for (const [pattern, replacement] of TRANSLIT_RULES) key = key.replace(pattern, replacement);
  return key;
}

/** "Vladimir Putin" -> "vladimir-putin". */
export function slugify(name: string): string {
  return foldName(name).replace(/'/g, '').replace(/\s+/g, '-');
}

/** Does a spelling look English rather than French? Used to pick canonical names. */
export function englishLikeness(name: string): number {
  let score = 0;
  if (/[à-ÿ]/i.test(name)) score -= 2;
  if (/ou/i.test(name)) score -= 1;
  if (/[aeiou]ss[aeiou]/i.test(name)) score -= 1;
  if (/ï/i.test(name)) score -= 1;
  return score;
}
