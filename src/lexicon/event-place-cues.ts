// Words that say where an event of a given kind is, beyond a plain locative ("à", "in").

/** "l’invasion russe de l’Ukraine", "the invasion of Ukraine": the invaded country follows "de". */
export const INVASION_WORDS: readonly string[] = ['invasion', 'occupation'];

/** "la guerre contre l’Ukraine", "the offensive against Ukraine", "war on Ukraine". */
export const WAGED_AGAINST: readonly string[] = ['contre', 'against', 'on', 'into'];

/** A gathering reported by its verb, the place after it: "se sont réunis lundi à Almaty". */
export const GATHERING_VERBS: readonly string[] = [
  'se sont réunis',
  'se sont réunies',
  'se sont retrouvés',
  'se sont retrouvées',
  'se réuniront',
  'se retrouveront',
  'se réunissent',
  'met',
  'meet',
  'gathered',
  'convened',
  'will meet',
];
