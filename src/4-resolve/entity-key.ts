// The graph key of an entity: its type's prefix and a slug ("person:vladimir-putin",
// "event:2024-05-24-minsk-talks").

import type { EntityType } from '../types.js';

const TYPE_PREFIX: Readonly<Record<EntityType, string>> = {
  Person: 'person',
  Organisation: 'org',
  Place: 'place',
  Event: 'event',
};

export function keyOf(type: EntityType, slug: string): string {
  return `${TYPE_PREFIX[type]}:${slug}`;
}
