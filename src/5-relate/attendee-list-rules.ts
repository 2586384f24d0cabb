// Who was at the section's event by where they are written: attendee lists ("en présence du
// vice-premier ministre ..."), photo captions and the section's lead and heading.

import { formatOf } from '../3-recognise/find-events.js';
import { attend } from './attend.js';
import { attendeesIn, personMentionsIn } from './helpers.js';
import { primaryEvent } from './speech-rules.js';
import type { Assertion, RelateContext } from './types.js';

/** "... en présence du vice-premier ministre Piotr Parkhomchik, ..." with the list's country. */
export function relateAttendeeLists(ctx: RelateContext): Assertion[] {
  const { structure, resolution, recognised } = ctx;
  return structure.segments.flatMap((segment) => {
    if (segment.kind !== 'attendee-list' || segment.list === undefined) return [];
    const event = resolution.sectionEvent.get(segment.section);
    const opener = structure.segments[segment.list];
    if (!event || !opener) return [];
    const country = recognised.mentions.find(
      (m) =>
        m.type === 'Place' &&
        !m.adjective &&
        m.subtype === 'country' &&
        m.start >= opener.start &&
        m.end <= opener.end,
    )?.lexiconId;
    return attendeesIn(ctx, segment.start, segment.end).map(({ mention, key }) => {
      const span = { start: segment.start, end: segment.end };
      return attend(ctx, key, event, span, 'attendee-list', {
        ...(country ? { delegation: country } : {}),
        near: mention.start,
      });
    });
  });
}

/** Captions: "5 Le premier vice-Premier ministre Denis Mantourov ... lors des négociations ..." */
export function relateCaptions(ctx: RelateContext): Assertion[] {
  const { structure, resolution } = ctx;
  return structure.segments.flatMap((segment) => {
    if (segment.kind !== 'caption') return [];
    const event =
      captionEvent(ctx, segment.section, segment.text) ??
      (structure.sections.length === 1 ? primaryEvent(ctx, segment.start, false) : undefined);
    if (!event) return [];
    return attendeesIn(ctx, segment.start, segment.end).map(({ key }) =>
      attend(ctx, key, event, segment, 'caption'),
    );
  });
  function captionEvent(c: RelateContext, section: number, text: string): string | undefined {
    const own = resolution.sectionEvent.get(section);
    const format = formatOf(text);
    if (!format) return own;
    const parent = structure.sections[section]?.parent ?? section;
    const family = [...c.resolution.sectionEvent.entries()]
      .filter(([s]) => s === parent || structure.sections[s]?.parent === parent)
      .map(([, k]) => k);
    return family.find((k) => resolution.entities.get(k)?.format === format) ?? own;
  }
}

/** The section's lead and heading: "Vladimir Poutine a déposé une couronne ..." */
export function relateLeads(ctx: RelateContext): Assertion[] {
  const { structure, resolution } = ctx;
  const out: Assertion[] = [];
  for (const segment of structure.segments) {
    const event = resolution.sectionEvent.get(segment.section);
    if (!event) continue;
    if (segment.kind === 'event-heading' || segment.lead) {
      for (const { key } of personMentionsIn(ctx, segment.start, segment.end))
        out.push(attend(ctx, key, event, segment, segment.lead ? 'section-lead' : 'event-heading'));
    }
  }
  return out;
}
