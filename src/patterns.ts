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
