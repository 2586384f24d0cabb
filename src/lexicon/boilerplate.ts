// Lines that carry no content: share buttons, comment forms, site tags, continuation marks.
// Matched against a whole trimmed line, case-insensitively.

export const BOILERPLATE_LINES: readonly string[] = [
  'facebook', 'twitter', 'linkedin', 'pinterest', 'whatsapp', 'telegram', 'vkontakte', 'email', 'imprimer', 'partager',
  'share', 'print', 'leave a comment', 'laisser un commentaire', 'laissez un commentaire', 'commentaires',
  'this site uses akismet to reduce spam. learn how your comment data is processed.',
  'à suivre.', 'à suivre', 'to be continued', 'géographie', 'geography', 'sujets', 'topics', 'personnes', 'persons',
  'lire aussi', 'voir aussi', 'read also', 'see also',
];

/** Words that may open a "Label : text" line without it being a speaker turn. */
export const NON_SPEAKER_LABELS: readonly string[] = [
  'photo', 'photos', 'source', 'sources', 'note', 'nb', 'lire aussi', 'voir aussi', 'de gauche à droite', 'mots-clés',
  'tags', 'crédit', 'crédits', 'légende', 'mise à jour', 'update', 'read more', 'related',
];
