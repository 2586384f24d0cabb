// Greek letters drawn like Latin ones, read as the Latin letter in a word that mixes both scripts
// ("ΝΑΤΟ" typed half in Greek inside "NATO"). Kept beside the reader, as the lexicon's Cyrillic
// table is (src/lexicon/homoglyphs.ts); all-Greek words are left alone.

export const GREEK_LOOK_ALIKES: Readonly<Record<string, string>> = {
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
  ο: 'o',
  ν: 'v',
  ρ: 'p',
  ι: 'i',
  κ: 'k',
  α: 'a',
};
