// Words around a name that say a person is meant: verbs of saying ("a déclaré X", "X said"), the
// participles of a passive whose agent is a person ("présidée par X", "led by X") and the phrases
// of presence ("en présence de X"). Folded token forms, read by person-grammar/speech-context.ts.

/** Past participles and English past tenses of saying, after "a" or alone. */
export const SPEECH_VERBS: readonly string[] = [
  ...['declare', 'souligne', 'indique', 'affirme', 'note', 'dit', 'annonce', 'estime', 'rappele'],
  ...['ajoute', 'precise', 'explique', 'assure', 'confirme', 'insiste', 'reconnu', 'observe'],
  ...['signale', 'martele', 'averti', 'conclu', 'poursuivi', 'deplore', 'salue', 'plaide'],
  ...['declared', 'said', 'says', 'noted', 'stressed', 'told', 'added', 'stated', 'emphasized'],
  ...['emphasised', 'announced', 'insisted', 'underlined', 'remarked', 'explained', 'warned'],
  ...['argued', 'urged', 'recalled', 'commented', 'concluded', 'affirmed', 'highlighted'],
];

/** Verbs of saying in the present: "Temir Orynbai souligne que", "Temir Orynbai says". */
export const SPEECH_PRESENT: readonly string[] = [
  ...['souligne', 'indique', 'declare', 'affirme', 'note', 'annonce', 'estime', 'rappelle'],
  ...['ajoute', 'precise', 'explique', 'assure', 'confirme', 'insiste', 'observe', 'signale'],
  ...['martele', 'deplore', 'salue', 'plaide', 'dit', 'poursuit', 'conclut', 'ecrit', 'repond'],
  ...['says', 'notes', 'stresses', 'tells', 'adds', 'states', 'emphasizes', 'emphasises'],
  ...['announces', 'insists', 'underlines', 'remarks', 'explains', 'warns', 'argues', 'urges'],
  ...['recalls', 'comments', 'concludes', 'affirms', 'highlights', 'writes', 'believes'],
];

/** Adverbs between the auxiliary and the verb: "a également souligné", "has also said". */
export const SPEECH_ADVERBS: readonly string[] = [
  ...['egalement', 'aussi', 'notamment', 'encore', 'ensuite', 'enfin', 'pour', 'sa', 'part'],
  ...['also', 'further', 'again', 'later', 'earlier'],
];

/** Words that bring in the speaker before the name: "selon X", "according to X". */
export const SPEAKER_OPENERS: readonly string[] = ['selon', 'according to', "d' apres"];

/**
 * Participles whose agent after "par" or "by" is a person as often as not: "présidée par X",
 * "conduite par X", "chaired by X", "led by X". Organising and hosting are left out: their agent
 * is as often a country or a body.
 */
export const AGENT_PARTICIPLES: readonly string[] = [
  ...['preside', 'presidee', 'presides', 'presidees', 'conduit', 'conduite', 'conduits'],
  ...['conduites', 'dirige', 'dirigee', 'diriges', 'dirigees', 'represente', 'representee'],
  ...['representes', 'representees', 'accompagne', 'accompagnee', 'accompagnes', 'signe'],
  ...['signee', 'signes', 'signees', 'prononce', 'prononcee', 'co-preside', 'co-presidee'],
  ...['chaired', 'co-chaired', 'led', 'headed', 'represented', 'accompanied', 'signed'],
  ...['delivered', 'moderated', 'presided'],
];

/** "en présence de X", "in the presence of X", "aux côtés de X", "sous la présidence de X". */
export const PRESENCE_PHRASES: readonly string[] = [
  "en presence de|d'",
  'in the presence of',
  "aux cotes de|d'",
  "sous la presidence de|d'",
  'under the chairmanship of',
];
