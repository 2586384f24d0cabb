// A capital named as a side stands for its country: "Moscou était représentée par le ministre X",
// "Damascus is represented by its UN envoy". Capital mentions with their country, once per document.

import { CAPITAL_OF } from '../lexicon/index.js';
import type { RelateContext } from './types.js';

export interface SideAt {
  readonly start: number;
  readonly end: number;
  /** The country's entity key ("place:russia" for "Moscou"). */
  readonly key: string;
}

/** City id -> country id: "moscow" -> "russia". */
const COUNTRY_OF_CAPITAL: ReadonlyMap<string, string> = new Map(
  [...CAPITAL_OF].map(([country, city]) => [city, country] as const),
);

const CAPITALS = new WeakMap<RelateContext['resolution'], readonly SideAt[]>();

/** Mentions of capitals by name (not "la capitale"), sorted, with their country's key. */
export function capitalSides(ctx: RelateContext): readonly SideAt[] {
  let found = CAPITALS.get(ctx.resolution);
  if (!found) {
    found = ctx.recognised.mentions
      .flatMap((m) => {
        const country = m.lexiconId ? COUNTRY_OF_CAPITAL.get(m.lexiconId) : undefined;
        return m.type === 'Place' && country
          ? [{ start: m.start, end: m.end, key: `place:${country}` }]
          : [];
      })
      .sort((a, b) => a.start - b.start);
    CAPITALS.set(ctx.resolution, found);
  }
  return found;
}
