// The words an official country name opens with, French and English: "République fédérale
// démocratique du Népal", "Federal Democratic Republic of Nepal", "Royaume hachémite de Jordanie".
// The package of countries knows one official form each; news writes others.

/** Heads of an official form, as written (capitalised). */
export const STATE_FORM_HEADS: readonly string[] = [
  'République',
  'Royaume',
  'État',
  'Etat',
  'Sultanat',
  'Émirat',
  'Principauté',
  'Grand-Duché',
  'Fédération',
  'Confédération',
  'Jamahiriya',
  'Republic',
  'Kingdom',
  'State',
  'Sultanate',
  'Emirate',
  'Principality',
  'Grand Duchy',
  'Federation',
  'Confederation',
];

/** English qualifiers written before the head: "Federal Democratic Republic of Nepal". */
export const STATE_FORM_QUALIFIERS: readonly string[] = [
  'Federal',
  'Democratic',
  'Socialist',
  'Islamic',
  'Arab',
  'People’s',
  "People's",
  'Popular',
  'United',
  'Plurinational',
  'Bolivarian',
  'Hashemite',
  'Cooperative',
  'Oriental',
  'Independent',
];

/** French qualifiers written after the head or the adjective: "République fédérale démocratique". */
export const STATE_FORM_FRENCH_QUALIFIERS: readonly string[] = [
  'fédérale',
  'démocratique',
  'socialiste',
  'islamique',
  'arabe',
  'populaire',
  'unie',
  'coopérative',
  'orientale',
  'indépendante',
  'plurinationale',
  'bolivarienne',
  'hachémite',
  'libre',
  'souveraine',
];

/** Heads an adjective may follow in an official name: "République arabe", "Royaume hachémite";
 * not "État" ("le chef de l’État turkmène" is a title). */
export const ADJECTIVE_STATE_HEADS: readonly string[] = ['République', 'Royaume', 'Jamahiriya'];
