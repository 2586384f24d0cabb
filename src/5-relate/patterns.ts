// Regex pieces shared by the relation rules, defined once: a lexicon pattern as a whole-word regex,
// and quoted passages ("« ... »", "“ ... ”") that hold the speaker's words, not the reporter's.

import { wholeWords } from '../patterns.js';

/** A lexicon alternation as a case-insensitive whole-word regex; the u flag only where a pattern
 * needs \p{L}, since V8 is much faster without it. */
export const regexOf = (pattern: string): RegExp =>
  new RegExp(wholeWords(pattern), pattern.includes('\\p') ? 'iu' : 'i');

/**
 * Whether any of these regexes matches a text anywhere (as matchAll reads it, from its start), by
 * one union per set of flags: most sentences hold no cue of a table, and one scan rejects them
 * where each regex scanned in turn. A union matches exactly where one of its regexes would, unless
 * a backreference's number shifts: such a table is never rejected.
 */
export function anyMatches(regexes: readonly RegExp[]): (text: string) => boolean {
  if (regexes.some((r) => /\\(?:[1-9]|k<)/u.test(r.source))) return () => true;
  const byFlags = new Map<string, string[]>();
  for (const r of regexes) {
    const flags = r.flags.replace(/[gy]/gu, '');
    byFlags.set(flags, [...(byFlags.get(flags) ?? []), `(?:${r.source})`]);
  }
  const unions = [...byFlags].map(([flags, sources]) => new RegExp(sources.join('|'), flags));
  return (text) => unions.some((u) => u.test(text));
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
