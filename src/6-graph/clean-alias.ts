// An alias is a name, not a piece of the sentence it was cut from: "du président iranien" is kept
// as "président iranien", "of the SCO" as "SCO". A word that is only a preposition is no alias.

const PREPOSITIONS =
  "du|des|de la|de l['’]|de|d['’]|au|aux|à la|à l['’]|à|par|pour|avec|of the|of|to the|to|by the|by";
const LEADING_PREPOSITION = new RegExp(`^(?:${PREPOSITIONS})\\s*(?=\\S)`, 'iu');
const ONLY_A_PREPOSITION = new RegExp(`^(?:${PREPOSITIONS})$`, 'iu');

export function cleanAlias(alias: string): string | undefined {
  const trimmed = alias.trim();
  if (ONLY_A_PREPOSITION.test(trimmed)) return undefined;
  const match = LEADING_PREPOSITION.exec(trimmed);
  // "D’Arcy", "Des Moines": a capitalised first word may be part of the name
  if (!match || /^\p{Lu}/u.test(trimmed)) return trimmed || undefined;
  const rest = trimmed.slice(match[0].length);
  // "de" inside "Debré" is no preposition: the cut must fall before a space or an apostrophe
  if (!/[\s'’]$/u.test(match[0])) return trimmed;
  return rest.length > 1 ? rest : undefined;
}
