// Verbs that tell a body's sitting without naming it: "the Eurasian Intergovernmental Council met
// in Almaty", "le Conseil intergouvernemental eurasiatique s'est réuni à Almaty". Lower case,
// apostrophes as written (both kinds are tried).

export const BODY_SITTING_VERBS: readonly string[] = [
  ...['met', 'meets', 'will meet', 'convened', 'convenes', 'will convene', 'gathered'],
  ...['s’est réuni', 's’est réunie', 's’est réunis', 's’est réunies', 'se réunit', 'se réunira'],
  ...['se sont réunis', 'se sont réunies', 's’était réuni', 's’était réunie', 'a siégé'],
];
