// Building regular expressions from word lists of the lexicon.

/** The words as one regex alternation, escaped, longest first so that "juillet" beats "juil". */
export function alternation(words: Iterable<string>): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}
