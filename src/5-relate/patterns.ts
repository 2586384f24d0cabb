// Regex pieces shared by the relation rules, defined once: a lexicon pattern as a whole-word regex,
// and quoted passages ("« ... »", "“ ... ”") that hold the speaker's words, not the reporter's.

import { wholeWords } from '../patterns.js';

/** A lexicon alternation as a case-insensitive whole-word regex; the u flag only where a pattern
 * needs \p{L}, since V8 is much faster without it. */
export const regexOf = (pattern: string): RegExp =>
  new RegExp(wholeWords(pattern), pattern.includes('\\p') ? 'iu' : 'i');

/** Quoted passages within one line: "...", « ... », “ ... ”. */
export const QUOTED = /"[^"\n]*"|«[^»\n]*»|“[^”\n]*”/gu;

/** Spans of quoted passages in a text, relative to it. */
export function quotedSpans(text: string): { start: number; end: number }[] {
  return [...text.matchAll(QUOTED)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** The text with quoted passages blanked (same length): what the reporter says, not the speaker. */
export function outsideQuotes(text: string): string {
  return text.replace(QUOTED, (q) => ' '.repeat(q.length));
}
