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
