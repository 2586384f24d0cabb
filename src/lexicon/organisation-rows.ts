// The row shape of the organisation data files: [id, canonical English name, subtype, aliases].
// Aliases give French, English and transliterated forms; all-caps aliases match all-caps text only.

import type { LexiconEntry } from './types.js';

export type OrgRow = readonly [
  id: string,
  name: string,
  subtype: string,
  aliases: readonly string[],
  wikidata?: string,
];

export function organisations(rows: readonly OrgRow[]): LexiconEntry[] {
  return rows.map(([id, name, subtype, aliases, wikidata]) => ({
    id,
    type: 'Organisation',
    name,
    subtype,
    aliases,
    ...(wikidata ? { wikidata } : {}),
  }));
}
