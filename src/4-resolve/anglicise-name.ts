// French spellings of Russian and Central Asian surnames -> the English common form, by the
// general rules of the two transliterations: "Michoustine" -> "Mishustin", "Tokaïev" -> "Tokayev",
// "Ziouganov" -> "Zyuganov". Names without a French mark ("Haroun", "Sharma") are left as written.

import { memoiseString } from '../memoise.js';

/** A French-transliterated Slavic word: "ï", "tch", or a Russian ending ("-ov", "-enko", "-ine"). */
const FRENCH_MARK = /ï|tch|(?:ov|ev|iev|ine|enko|ski|kaïa|ova|eva|ovitch|evitch|ouk|chouk)$/iu;
/** Applied in order on lower case; upper case is restored from the first letter. */
const RULES: readonly (readonly [RegExp, string])[] = [
  [/ïe/gu, 'ye'], // Tokaïev -> Tokayev, Matveïev -> Matveyev
  [/ï(?=[aou])/gu, 'y'], // Raïssa -> Raysa
  [/ï/gu, 'i'], // Andreï -> Andrei
  [/^iou/gu, 'yu'], // Iouri -> Yuri
  [/iou/gu, 'yu'], // Ziouganov -> Zyuganov
  [/^io/gu, 'yo'],
  [/(?<=[bdklmnprstvz])io(?!nov|nova$)/gu, 'yo'], // Fiodor -> Fyodor; Rodionov stays (Rodion)
  [/ou/gu, 'u'], // Loukachenko -> Lukachenko
  [/tch/gu, '§'], // Kvartchia: keep "ch" from the next rule
  [/ch/gu, 'sh'], // Lukachenko -> Lukashenko
  [/§/gu, 'ch'],
  [/dj/gu, 'j'], // Djabbarov -> Jabbarov
  [/gu(?=[eiy])/gu, 'g'], // Guennadi -> Gennadi
  [/(?<=[aeiouy])ss(?=[aeiouy])/gu, 's'], // Beloussov -> Belousov
  [/(?<=[aeiouy])ie(?=v)/gu, 'ye'], // Gassiev stays, Matveiev -> Matveyev
  [/ine$/gu, 'in'], // Michoustine -> Mishustin, Pankine -> Pankin
  [/iev$/gu, 'iyev'], // Lavrentiev -> Lavrentiyev
];

export const angliciseSurname = memoiseString((surname: string): string =>
  surname
    .split('-')
    .map((part) => (FRENCH_MARK.test(part) ? angliciseWord(part) : part))
    .join('-'),
);

function angliciseWord(word: string): string {
  let out = word.toLowerCase();
  for (const [pattern, replacement] of RULES) out = out.replace(pattern, replacement);
  const upper = word === word.toUpperCase() && word.length > 1;
  if (upper) return out.toUpperCase();
  return word[0] === word[0]?.toUpperCase() ? out.charAt(0).toUpperCase() + out.slice(1) : out;
}
