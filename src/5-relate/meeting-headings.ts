// A heading that titles a meeting with someone leaves out who met them: "Entretien avec le Premier
// ministre indien X", "Rencontre bilatérale avec X", "Meeting with X". The one meeting them is the
// document's protagonist, the first person it names ("Le programme du président X à Astana").

import { wholeWords } from '../patterns.js';
import { attend } from './attend.js';
import { personMentionsIn } from './helpers.js';
import { met } from './meeting-rules.js';
import type { Assertion, RelateContext } from './types.js';

/** "3°/Conversation avec ...", "Talks with ...": the meeting noun and "avec" open the heading. */
const MEETING_WITH_HEADING = new RegExp(
  `^[\\s\\d°./)•–-]*${wholeWords(
    `(?:rencontre|entretiens?|conversation|réunion|pourparlers|tête-à-tête|meeting|talks|conversation)(?: (?:bilatérale?s?|bilateral|officielle?s?|informelle?s?))? (?:avec|with)`,
  )}`,
  'iu',
);

export function isMeetingWithHeading(text: string): boolean {
  return MEETING_WITH_HEADING.test(text);
}

export function relateMeetingHeadings(ctx: RelateContext): Assertion[] {
  const { structure, resolution } = ctx;
  const out: Assertion[] = [];
  const done = new Set<number>();
  for (const segment of structure.segments) {
    if (segment.kind !== 'event-heading' || done.has(segment.section)) continue;
    if (!isMeetingWithHeading(segment.text)) continue;
    const event = resolution.sectionEvent.get(segment.section);
    const met_ = personMentionsIn(ctx, segment.start, segment.end);
    const protagonist = personMentionsIn(ctx, 0, ctx.doc.text.length).find(
      (p) => !met_.some((m) => m.key === p.key),
    );
    if (!event || !protagonist || met_.length === 0) continue;
    done.add(segment.section);
    const rule = 'meeting-heading';
    out.push(
      attend(ctx, protagonist.key, event, segment, rule, { near: protagonist.mention.start }),
    );
    for (const other of met_) out.push(met(ctx, protagonist.key, other.key, segment, rule));
  }
  return out;
}
