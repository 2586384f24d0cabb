// An event mention and what it resolves to (day, first place, organisation) -> the new event's
// English name and key: "Talks in Minsk, 2024-10-22", "Visit to Belarus", or its proper name.

import { headOf } from '../3-recognise/event-keywords.js';
import type { EventMention } from '../3-recognise/types.js';
import { FORMAT_LABELS, VISIT_FORMATS } from '../lexicon/index.js';
import { keyOf } from './entity-key.js';
import { slugify } from './normalise.js';
import type { ResolvedEntity } from './types.js';

export interface EventNamingFacts {
  /** The mention's day, formatted ("2024-10-22"). */
  readonly date: string | undefined;
  /** The event's first place. */
  readonly place: ResolvedEntity | undefined;
  readonly organisationName: string | undefined;
  readonly documentId: string;
  /** Keys the event may not take, when it must be an event of its own. */
  readonly distinctFrom?: { has(key: string): boolean };
}

export function nameEvent(e: EventMention, facts: EventNamingFacts): { name: string; key: string } {
  const { date, place, organisationName: orgName } = facts;
  const placeName = place?.name;
  // "Visit to Belarus", "Talks in Minsk", "Ceremony at Victory Monument"
  const preposition = VISIT_FORMATS.includes(e.format)
    ? 'to'
    : place?.subtype === 'landmark' || place?.subtype === 'facility'
      ? 'at'
      : 'in';
  const label = FORMAT_LABELS.get(e.format) ?? e.format.toLowerCase();
  // "Interaction-2023", "Second World War": a named event goes by its name
  const name = e.properName
    ? e.properName
    : [
        capitalise(label),
        orgName ? `of ${orgName}` : '',
        placeName ? `${preposition} ${placeName}` : '',
      ]
        .filter(Boolean)
        .join(' ') + (date ? `, ${date}` : '');
  const discriminator = date || placeName || orgName ? '' : facts.documentId.slice(0, 8);
  // "a concert" and "an informal dinner" of one evening: two social events
  const happening = e.format === 'OTHER' ? headOf(e.surface) : undefined;
  const slug = slugify(
    (e.properName ? [e.properName] : [date, placeName, orgName, label, happening, discriminator])
      .filter(Boolean)
      .join(' '),
  );
  // a sitting a verb reports is another than the one of that day and place already known
  const taken = facts.distinctFrom?.has(keyOf('Event', slug)) ?? false;
  return { name, key: keyOf('Event', taken ? `${slug}-${e.start}` : slug) };
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
