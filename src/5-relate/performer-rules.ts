// The ones who do what a verb reports attend it: "Les présidents de Russie et de Mongolie ont
// déposé une couronne de fleurs au monument" -> both ATTENDED the wreath laying; "X a répondu aux
// questions des journalistes" -> X ATTENDED the press conference. The event is the phrase (or the
// heading) holding the verb (event-formats.ts `verbs`), its performers the people before the verb
// in the sentence.

import { verbOffset } from '../3-recognise/event-keywords.js';
import { PERFORMED_FORMATS } from '../lexicon/participation-verbs.js';
import { spanAt } from '../spans.js';
import { travellersBefore } from './arrival-rules.js';
import { attend } from './attend.js';
import { sentencesOf } from './sentences.js';
import type { Assertion, RelateContext } from './types.js';

export function relatePerformers(ctx: RelateContext): Assertion[] {
  const performed = ctx.recognised.events.flatMap((e, i) => {
    const key = ctx.resolution.eventEntity[i];
    if (!key || e.otherOccurrence || !PERFORMED_FORMATS.includes(e.format)) return [];
    const verb = verbOffset(ctx.doc.text.slice(e.start, e.end));
    return verb === undefined ? [] : [{ start: e.start + verb, key }];
  });
  if (performed.length === 0) return [];
  const out: Assertion[] = [];
  for (const sentence of sentencesOf(ctx.doc)) {
    const segment = spanAt(ctx.structure.segments, sentence.start);
    if (!segment || segment.kind === 'related-headline' || segment.turn !== undefined) continue;
    const event = performed.find((e) => e.start >= sentence.start && e.start < sentence.end);
    if (!event) continue;
    for (const p of travellersBefore(ctx, sentence.start, event.start))
      out.push(attend(ctx, p.key, event.key, sentence, 'performer', { near: p.start }));
  }
  return out;
}
