// Who was at the section's event by where they are written: attendee lists ("en présence du
// vice-premier ministre ..."), lists of a group of attendees ("aux participants, parmi lesquels
// X et Y"), photo captions and the section's lead and heading.

import { formatOf } from '../3-recognise/find-events.js';
import {
  AMONG_THEM,
  AMONG_THEM_OPENING,
  ATTENDEE_GROUP,
  NEGATED_PARTICIPATION,
} from '../lexicon/participation-verbs.js';
import { spanAt } from '../spans.js';
import { attend } from './attend.js';
import { eventsIn } from './event-index.js';
import { attendeesIn, personMentionsIn } from './helpers.js';
import { participantsIn } from './participants.js';
import { regexOf } from './patterns.js';
import { type Sentence, sentencesOf } from './sentences.js';
import { primaryEvent } from './speech-rules.js';
import type { Assertion, RelateContext } from './types.js';

// "aux participants | de la réunion | , parmi lesquels": the group's complement may come between
const GROUP_THEN_LIST = regexOf(
  `(?:${ATTENDEE_GROUP})(?: (?:de|du|des|à|au|aux|of|at|to) [^,.;:]{1,40}?)?,?\\s*(?:${AMONG_THEM})`,
);
const GROUP_NOUN = regexOf(ATTENDEE_GROUP);
const LIST_OPENING = new RegExp(`^${regexOf(AMONG_THEM_OPENING).source}`, 'iu');
const NEGATED = regexOf(NEGATED_PARTICIPATION);

/** The event a sentence names of its own, else its section's. */
function eventOfSentence(ctx: RelateContext, sentence: Sentence): string | undefined {
  const named = eventsIn(ctx, sentence.start, sentence.end).find((e) => !e.other)?.key;
  const section = spanAt(ctx.structure.segments, sentence.start)?.section;
  return named ?? (section === undefined ? undefined : ctx.resolution.sectionEvent.get(section));
}

/** "a souhaité la bienvenue aux participants, parmi lesquels X et Y", "... de 42 nouveaux
 * ambassadeurs. Parmi eux figuraient X et Y": the members listed attend the group's event. */
export function relateListedMembers(ctx: RelateContext): Assertion[] {
  const sentences = sentencesOf(ctx.doc);
  const out: Assertion[] = [];
  sentences.forEach((sentence, i) => {
    const segment = spanAt(ctx.structure.segments, sentence.start);
    if (!segment || segment.kind === 'related-headline' || segment.turn !== undefined) return;
    const text = ctx.doc.text.slice(sentence.start, sentence.end);
    const previous = sentences[i - 1];
    const inline = GROUP_THEN_LIST.exec(text);
    // "Parmi eux figuraient": the group is the sentence before's
    const opening = inline ? null : LIST_OPENING.exec(text);
    const groupSentence = inline
      ? sentence
      : opening && previous && GROUP_NOUN.test(ctx.doc.text.slice(previous.start, previous.end))
        ? previous
        : undefined;
    const hit = inline ?? opening;
    if (!groupSentence || !hit || NEGATED.test(text)) return;
    const event = eventOfSentence(ctx, groupSentence);
    if (!event) return;
    const from = sentence.start + hit.index + hit[0].length;
    for (const p of participantsIn(ctx, from, sentence.end))
      out.push(attend(ctx, p.key, event, sentence, 'listed-member', { near: p.start }));
  });
  return out;
}

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
