// Subgraph options as users type them (CLI flags, URL parameters) -> a checked SubgraphFilter.

import { ENTITY_TYPES, type EntityType } from '../types.js';
import type { SubgraphFilter } from './select-subgraph.js';

export class ExportInputError extends Error {}

export interface RawFilter {
  readonly around?: string | null;
  readonly depth?: string | number | null;
  readonly types?: string | null;
  readonly from?: string | null;
  readonly to?: string | null;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** "2024-02-29" is a day, "2024-13-45" and "2023-02-29" are not. */
function isCalendarDay(value: string): boolean {
  if (!DAY.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
const MAX_DEPTH = 5;

/** `resolve` turns a name or node key into a node key ("Lukashenko" -> person:alexander-lukashenko). */
export function parseFilter(
  raw: RawFilter,
  resolve: (ref: string) => string | undefined,
): SubgraphFilter {
  const around = raw.around ? resolve(raw.around) : undefined;
  if (raw.around && !around)
    throw new ExportInputError(`around: no entity matches "${raw.around}"`);
  const depth = raw.depth === undefined || raw.depth === null ? 1 : Number(raw.depth);
  if (!Number.isInteger(depth) || depth < 1 || depth > MAX_DEPTH) {
    throw new ExportInputError(
      `depth: expected an integer from 1 to ${MAX_DEPTH}, got "${raw.depth}"`,
    );
  }
  const types = raw.types
    ? raw.types.split(',').map((t) => {
        const type = ENTITY_TYPES.find((known) => known.toLowerCase() === t.trim().toLowerCase());
        if (!type)
          throw new ExportInputError(`types: "${t}" is not one of ${ENTITY_TYPES.join(', ')}`);
        return type;
      })
    : undefined;
  for (const [name, value] of [
    ['from', raw.from],
    ['to', raw.to],
  ] as const) {
    if (value && !isCalendarDay(value))
      throw new ExportInputError(`${name}: expected a calendar day YYYY-MM-DD, got "${value}"`);
  }
  return {
    ...(around ? { around, depth } : {}),
    ...(types ? { types: types as EntityType[] } : {}),
    ...(raw.from ? { from: raw.from } : {}),
    ...(raw.to ? { to: raw.to } : {}),
  };
}
