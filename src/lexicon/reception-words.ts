// Words that tell what a reception verb received when it is no guest ("a reçu une lettre de",
// "received a phone call from") and where a guest is welcomed on arrival rather than received for
// a meeting ("a été reçu à l’aéroport par"). Folded forms (lower case, no accents, ' for ’).

/** Between the verb and a name: a thing received, from its sender. */
export const THINGS_RECEIVED: readonly string[] = [
  'from',
  'de la part',
  'lettre',
  'lettres',
  'letter',
  'letters',
  'message',
  'messages',
  'statut',
  'honneurs',
  'credentials',
  'creance',
  'congratulations',
  'felicitations',
  'invitation',
  'award',
  'awards',
  'prix',
  // "a reçu des informations du ministre X", "received a report from"
  'informations',
  'information',
  'rapport',
  'rapports',
  'report',
  'reports',
  'aide',
  'soutien',
  // "a reçu un appel du président X", "received a call from"
  'appel',
  'appels',
  'call',
  'calls',
  // "a reçu une délégation du Kazakhstan": a group, no one person met
  'delegation',
  'delegations',
];

/** Between a passive reception and its host: the guest is welcomed as they arrive. */
export const WELCOME_SPOTS: readonly string[] = [
  'aeroport',
  'airport',
  'passerelle',
  'gangway',
  'tarmac',
  "pied de l'avion",
  'gare',
  'station',
  "salon d'honneur",
  'vip',
];
