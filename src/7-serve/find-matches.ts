// What `search` answers: the entities whose names match the text, best first, then the people
// whose role has its words ("ambassador"), optionally only the holders of a role.

import type { EntityType } from '../types.js';
import type { GraphView } from './graph-view.js';
import { findRoleHolders } from './roles.js';
import { searchEntities } from './search.js';

export interface MatchOptions {
  readonly types?: readonly EntityType[] | null;
  /** Only people holding a role with these words. */
  readonly role?: string | null;
  readonly first: number;
}

export function findMatches(view: GraphView, text: string, options: MatchOptions): string[] {
  const types = options.types && options.types.length > 0 ? options.types : undefined;
  const people = !types || types.includes('Person');
  const byName = searchEntities(view.search, text, { types, first: Infinity }).map((h) => h.key);
  const named = new Set(byName);
  // by role: the people the sources say most about first
  const byRole = people
    ? [...findRoleHolders(view.roles, text)]
        .filter((key) => !named.has(key))
        .sort((a, b) => view.graph.degree(b) - view.graph.degree(a) || a.localeCompare(b))
    : [];
  const holders = options.role ? findRoleHolders(view.roles, options.role) : undefined;
  const found = [...byName, ...byRole];
  return (holders ? found.filter((key) => holders.has(key)) : found).slice(0, options.first);
}
