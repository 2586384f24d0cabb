// Honorifics and courtesy titles before a surname ("M. Raïssi", "Mrs Smith", "Dr Kim"): they mark
// a person, never a proper name of an event.

/** Written forms, without their optional full stop ("Mr" for "Mr."). */
export const HONORIFICS: readonly string[] = [
  'M',
  'MM',
  'Mr',
  'Mrs',
  'Ms',
  'Mme',
  'Mmes',
  'Mlle',
  'Mlles',
  'Me',
  'Dr',
  'Pr',
  'Prof',
  'Sir',
  'Dame',
  'Monsieur',
  'Madame',
  'Mademoiselle',
  'Messieurs',
  'Mesdames',
];

/**
 * Courtesy titles before a full name that say a person is named ("le Dr Wanjiru Kamau", "Pr
 * Mamadou Diouf", "Dato' Seri Mohamad Hasan"). Folded, without their full stop or apostrophe.
 */
export const COURTESY_TITLES: readonly string[] = [
  ...['dr', 'pr', 'prof', 'docteur', 'doctor', 'professeur', 'professor'],
  ...['dato', 'datuk', 'datin', 'excellence', 'excellency'],
];

/** Initials of "His/Her Excellency" and "Son Excellence": "H.E. X", "S.E. X". Capitals. */
export const EXCELLENCY_INITIALS: readonly string[] = ['H.E.', 'S.E.'];
