// The text every later stage reads: composed accents (NFC), one kind of space, no invisible
// characters inside words, and no Cyrillic or Greek look-alikes inside Latin words. Applied once at
// reading, so that evidence offsets point into this text and quote it exactly.

import { CYRILLIC_HOMOGLYPHS } from '../lexicon/index.js';
import { GREEK_LOOK_ALIKES } from './greek-look-alikes.js';

/* eslint-disable no-control-regex -- these patterns are about control and invisible characters */
/** No-break, narrow no-break, figure, thin and other fixed-width spaces. */
const SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;
/** Soft hyphen, zero-width space / joiners, word joiner, BOM inside the text. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
/** C0 controls but tab and line feed, DEL, C1 controls. */
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  ...CYRILLIC_HOMOGLYPHS,
  ...GREEK_LOOK_ALIKES,
};
const CYRILLIC_OR_GREEK = /[\p{Script=Cyrillic}\p{Script=Greek}]/u;
const CYRILLIC_OR_GREEK_LETTERS = /[\p{Script=Cyrillic}\p{Script=Greek}]/gu;
const LATIN = /\p{Script=Latin}/u;
const WORD = /[\p{L}\p{M}]+/gu;

export interface NormalisedText {
  readonly text: string;
  /** Look-alike letters read as Latin, and the first word they were in ("Mаcron" -> "Macron"). */
  readonly folded: number;
  readonly firstFolded?: { readonly from: string; readonly to: string };
}

/** "OТSC" with a Cyrillic Т -> "OTSC"; a word keeps its letters unless every non-Latin one has a
 * Latin twin, so "Москвa" (a Latin a) stays Russian and all-Cyrillic words are left alone. */
function latiniseMixedWords(text: string): NormalisedText {
  if (!CYRILLIC_OR_GREEK.test(text)) return { text, folded: 0 }; // the usual case, in one scan
  let folded = 0;
  let firstFolded: NormalisedText['firstFolded'];
  const latinised = text.replace(WORD, (word) => {
    if (!LATIN.test(word) || !CYRILLIC_OR_GREEK.test(word)) return word;
    const foreign = word.match(CYRILLIC_OR_GREEK_LETTERS) ?? [];
    if (!foreign.every((c) => LOOK_ALIKES[c] !== undefined)) return word;
    const latin = word.replace(CYRILLIC_OR_GREEK_LETTERS, (c) => LOOK_ALIKES[c] ?? c);
    folded += foreign.length;
    firstFolded ??= { from: word, to: latin };
    return latin;
  });
  return { text: latinised, folded, ...(firstFolded ? { firstFolded } : {}) };
}

/** Nothing but white space and invisible characters. */
export function isBlank(text: string): boolean {
  return text.replace(INVISIBLE, '').replace(CONTROLS, ' ').trim() === '';
}

/** The normalised text, with what was folded, for a warning. */
export function normaliseTextReporting(text: string): NormalisedText {
  return latiniseMixedWords(
    text.normalize('NFC').replace(SPACES, ' ').replace(INVISIBLE, '').replace(CONTROLS, ' '),
  );
}

export function normaliseText(text: string): string {
  return normaliseTextReporting(text).text;
}
