// French landmark names in English word order from the glossary: "Monument de la Victoire" ->
// "Victory Monument", "Place de l'Indépendance" -> "Independence Square". A name with a word the
// glossary does not know stays as written.

import { NAME_GLOSSARY } from '../lexicon/index.js';
import { foldText } from './normalise.js';

const ENGLISH_OF = new Map(
  Object.entries(NAME_GLOSSARY).flatMap(([english, french]) =>
    french.map((word) => [word, english] as const),
  ),
);
const NOUN_OF_COMPLEMENT = /^(\p{L}+)\s+(?:de la|de l['’]|du|des|de|d['’])\s*(\p{L}+)$/u;

export function englishLandmarkName(surface: string): string | undefined {
  const [, noun, complement] = NOUN_OF_COMPLEMENT.exec(surface.trim()) ?? [];
  if (!noun || !complement) return undefined;
  const nounInEnglish = ENGLISH_OF.get(foldText(noun));
  const complementInEnglish = ENGLISH_OF.get(foldText(complement));
  if (!nounInEnglish || !complementInEnglish) return undefined;
  return `${titleCase(complementInEnglish)} ${titleCase(nounInEnglish)}`;
}

function titleCase(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
