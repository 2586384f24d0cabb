// Regex pieces shared by the relation rules, defined once: a lexicon pattern as a whole-word regex,
// and quoted passages ("« ... »", "“ ... ”") that hold the speaker's words, not the reporter's.

import { wholeWords } from '../patterns.js';
import { LiteralFilter } from '../prefilter/literal-filter.js';

/** A lexicon alternation as a case-insensitive whole-word regex; the u flag only where a pattern
 * needs \p{L}, since V8 is much faster without it. */
export const regexOf = (pattern: string): RegExp =>
  new RegExp(wholeWords(pattern), pattern.includes('\\p') ? 'iu' : 'i');

/**
 * Whether any of these regexes matches a text anywhere (as matchAll reads it, from its start):
 * most sentences hold no keyword of a table's cues, and one pass for the keywords rejects them;
 * the others run only the regexes whose keywords they hold.
 */
export function anyMatches(regexes: readonly RegExp[]): (text: string) => boolean {
  const anywhere = regexes.map((r) => new RegExp(r.source, r.flags.replace(/[gy]/gu, '')));
  const filter = new LiteralFilter(anywhere, (r) => r);
  return (text) => filter.candidates(text).some((r) => r.test(text));
}

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
