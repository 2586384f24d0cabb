// Words that say where an event of a given kind is, beyond a plain locative ("à", "in").

/** "l’invasion russe de l’Ukraine", "the invasion of Ukraine": the invaded country follows "de". */
export const INVASION_WORDS: readonly string[] = ['invasion', 'occupation'];

/** "la guerre contre l’Ukraine", "the offensive against Ukraine", "war on Ukraine". */
export const WAGED_AGAINST: readonly string[] = ['contre', 'against', 'on', 'into'];
