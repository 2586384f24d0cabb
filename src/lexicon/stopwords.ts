// Function words that search ignores in a query ("Forum of Regions" ~ "Forum des régions").
// Folded forms (lower case, no accents).

export const SEARCH_STOPWORDS: readonly string[] = [
  // English
  'a',
  'an',
  'and',
  'at',
  'by',
  'for',
  'from',
  'in',
  'of',
  'on',
  'the',
  'to',
  'with',
  // French
  'a',
  'au',
  'aux',
  'd',
  'de',
  'des',
  'du',
  'en',
  'et',
  'l',
  'la',
  'le',
  'les',
  'pour',
  'sur',
  'un',
  'une',
];
