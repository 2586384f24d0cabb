// What tells a surname written in lower case ("Mukhtar tileuberdi,", as some translated pages
// write names) from the word that follows a name in a sentence ("Ivan Petrov arrived.", "… a
// rencontré Ivan Petrov hier."): the endings and the short words of French and English. Folded.

/**
 * Endings of verbs, participles and adverbs: "arrived", "speaking", "jointly", "présidait". Not
 * "-e" and "-s", which many surnames end with ("Mouhriddine", "Landsbergis"): the verbs of those
 * endings that follow a name are listed (SPEECH_PRESENT, COMMON_CLOSING_WORDS).
 */
export const COMMON_WORD_ENDINGS: readonly string[] = [
  ...['ed', 'ing', 'ly', 'ment', 'ait', 'aient', 'ent', 'er', 'ir'],
];

/** Words that end a sentence after a name and have none of those endings. */
export const COMMON_CLOSING_WORDS: readonly string[] = [
  // English irregular past tenses
  ...['said', 'told', 'met', 'held', 'led', 'made', 'took', 'gave', 'went', 'came', 'sent'],
  ...['left', 'spoke', 'wrote', 'saw', 'brought', 'thought', 'began', 'became', 'won', 'paid'],
  ...['put', 'read', 'ran', 'set', 'sat', 'stood', 'chose', 'flew', 'grew', 'knew', 'threw'],
  ...['sought', 'fought', 'bought', 'caught', 'taught', 'meant', 'kept', 'felt', 'lost'],
  ...['built', 'spent', 'heard', 'found', 'understood', 'joined', 'got', 'done', 'gone'],
  // verbs of "-e" and "-s" that end a sentence after a name
  ...['arrive', 'arrives', 'agrees', 'agree', 'accepte', 'accepts', 'refuse', 'refuses'],
  ...['continue', 'continues', 'remains', 'reste', 'participe', 'participates', 'attends'],
  ...['signe', 'signs', 'visite', 'visits', 'preside', 'presides', 'chairs', 'leaves', 'quitte'],
  // English adverbs and pronouns
  ...['too', 'now', 'then', 'alone', 'abroad', 'himself', 'herself', 'themselves', 'tomorrow'],
  ...['tonight', 'yet', 'soon', 'ago', 'away', 'back', 'down', 'out', 'off', 'first', 'last'],
  ...['instead', 'though', 'although', 'indeed', 'afterwards', 'meanwhile', 'etc'],
  // French past participles and adverbs
  ...['dit', 'fait', 'conduit', 'mis', 'pris', 'vu', 'venu', 'ecrit', 'lui', 'eux', 'ici'],
  ...['aujourd', 'toujours', 'jamais', 'deja', 'seul', 'loin', 'pres', 'ailleurs', 'lequel'],
  ...['laquelle', 'dont', 'quoi', 'aussitot', 'bientot', 'surtout', 'plutot', 'avant', 'hui'],
];
