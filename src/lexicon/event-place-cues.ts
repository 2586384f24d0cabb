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

/** What talks are about, not where they are: "ont évoqué la situation à Gaza", "the crisis in
 * Sudan", "la sécurité en Asie centrale". The place after one of these nouns is a topic. */
export const TOPIC_NOUNS: readonly string[] = [
  ...['situation', 'crise', 'conflit', 'guerre', 'règlement', 'paix', 'sécurité', 'stabilité'],
  ...['évolution', 'tensions', 'événements', 'développements', 'coopération', 'investissements'],
  ...['crisis', 'conflict', 'war', 'settlement', 'peace', 'security', 'stability', 'tensions'],
  ...['developments', 'events', 'cooperation', 'investments', 'escalation', 'escalade'],
];
