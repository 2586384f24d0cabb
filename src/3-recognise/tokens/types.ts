// One token view of a document, shared by the rule-based recognisers: words with their case,
// punctuation, sentence and line starts, and tags that the lexicon and earlier mentions put on them.

import type { Span } from '../../types.js';

export type TokenKind = 'word' | 'number' | 'punct';

/** "Poutine" title, "POUTINE" upper, "poutine" lower, "McCain" mixed; punctuation and digits none. */
export type WordCase = 'title' | 'upper' | 'lower' | 'mixed' | 'none';

export interface Token extends Span {
  readonly text: string;
  /** Lower case, no accents, apostrophes as "'": "d’Arménie" -> "d'", "armenie". */
  readonly folded: string;
  readonly kind: TokenKind;
  readonly case: WordCase;
  /** First token of a sentence or of a line. */
  readonly sentenceStart: boolean;
  readonly lineStart: boolean;
  /** "V." in "V.Poutine", "S. Lavrov": one capital letter and its dot. */
  readonly initial: boolean;
}

/** Tags of a token: "#Country", "#Place", "#Org", "#Person", "#FirstName", "#Stop"... */
export type TokenTags = readonly Set<string>[];

export interface TokenView {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly tags: TokenTags;
  /** Index of the mention (in the list given to tagTokens) covering each token, if any. */
  readonly mentionOf: readonly (number | undefined)[];
}
