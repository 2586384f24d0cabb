// The row shape of the people data files: [id, English name, subtype, country, aliases, roles].
// A role row is [English role, country or organisation id, from, to?]; a role names its country
// at the end ("President of Iran") or not at all ("Minister of Foreign Affairs").

import type { LexiconEntry, LexiconRole } from '../types.js';

export type RoleRow = readonly [role: string, of: string, from: string, to?: string];

export type PersonRow = readonly [
  id: string,
  name: string,
  subtype: string,
  country: string,
  aliases: readonly string[],
  roles: readonly RoleRow[],
];

export function people(rows: readonly PersonRow[]): LexiconEntry[] {
  return rows.map(([id, name, subtype, country, aliases, roles]) => ({
    id,
    type: 'Person',
    name,
    subtype,
    ...(country ? { country } : {}),
    aliases: aliases.includes(name) ? aliases : [name, ...aliases],
    roles: roles.map(toRole),
  }));
}

function toRole([role, of, from, to]: RoleRow): LexiconRole {
  return { role, of, from, ...(to ? { to } : {}) };
}
