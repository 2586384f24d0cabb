// The text every later stage reads: composed accents (NFC), one kind of space, no invisible
// characters inside words, and no Cyrillic look-alikes inside Latin words. Applied once at
// reading, so that evidence offsets point into this text and quote it exactly.

import { CYRILLIC_HOMOGLYPHS } from '../lexicon/index.js';

/* eslint-disable no-control-regex -- these patterns are about control and invisible characters */
/** No-break, narrow no-break, figure, thin and other fixed-width spaces. */
const SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;
/** Soft hyphen, zero-width space / joiners, word joiner, BOM inside the text. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
/** C0 controls but tab and line feed, DEL, C1 controls. */
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;
const WORD = /[\p{L}\p{M}]+/gu;
const HOMOGLYPH = new RegExp(`[${Object.keys(CYRILLIC_HOMOGLYPHS).join('')}]`, 'gu');

/** "OТSC" with a Cyrillic Т -> "OTSC"; all-Cyrillic and all-Latin words are left alone. */
function latiniseMixedWords(text: string): string {
  if (!CYRILLIC.test(text)) return text; // the usual case, in one scan
  return text.replace(WORD, (word) =>
    CYRILLIC.test(word) && LATIN.test(word)
      ? word.replace(HOMOGLYPH, (c) => CYRILLIC_HOMOGLYPHS[c] ?? c)
      : word,
  );
}

/** Nothing but white space and invisible characters. */
export function isBlank(text: string): boolean {
  return text.replace(INVISIBLE, '').replace(CONTROLS, ' ').trim() === '';
}

export function normaliseText(text: string): string {
  return latiniseMixedWords(
    text.normalize('NFC').replace(SPACES, ' ').replace(INVISIBLE, '').replace(CONTROLS, ' '),
  );
}
