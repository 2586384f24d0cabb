// Building regular expressions from word lists of the lexicon.
//
// Patterns without Unicode property escapes (\p{L}) are written without the u flag: V8 runs a
// case-insensitive pattern several times slower with it, and `\b` is ASCII-only either way.

/** The words as one regex alternation, escaped, longest first so that "juillet" beats "juil". */
export function alternation(words: Iterable<string>): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}

/**
 * Word boundaries that know accented letters. `\b` does not: "a rencontré\b" never matches
 * before a space, "\bétaient" never after one.
 */
const WORD_CHARS = '\\wÀ-ÖØ-öø-ÿŒœ';
export const WORD_START = `(?<![${WORD_CHARS}])`;
// an alternative may end on an elision, "en présence d’" before "Alexandre": no boundary then
export const WORD_END = `(?:(?<=[’'])|(?![${WORD_CHARS}]))`;

/** Any of the alternatives (a pattern source), as whole words. */
export function wholeWords(alternatives: string): string {
  return `${WORD_START}(?:${alternatives})${WORD_END}`;
}
