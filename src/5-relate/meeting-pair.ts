// Who a pair written as a description stands for: "les deux ministres", "the two sides", "both
// leaders" are the two people of the talks or meeting the section reported last ("X a eu des
// entretiens avec Y. Les deux ministres ont ensuite ...": X and Y).

import { MEETING_CUES } from '../lexicon/meeting-verbs.js';
import { spanAt } from '../spans.js';
import type { EventFormat } from '../types.js';
import { eventsIn } from './event-index.js';
import { quotedSpans, regexOf } from './patterns.js';
import { sentenceIndexAt, sentencesOf } from './sentences.js';
import { titledSubject } from './titled-subject.js';
import type { RelateContext } from './types.js';

/** What a pair sat in together: talks, a meeting, a call. */
const MEETINGS: ReadonlySet<EventFormat> = new Set([
  'TALKS',
  'RESTRICTED_TALKS',
  'EXPANDED_TALKS',
  'NEGOTIATIONS',
  'MEETING',
  'PHONE_CALL',
  'VIDEOCONFERENCE',
]);
// a cue read only with its event ("a reçu Y") is told by that event
const MEETING_VERBS = MEETING_CUES.filter((cue) => !cue.reception).map((cue) => ({
  shape: cue.shape,
  regex: regexOf(cue.pattern),
}));
/** How far back the meeting may lie (a few paragraphs). */
const PAIR_REACH = 2000;

/** People a span names, without groups: mentions and bare titles with a known holder. */
export type NamedIn = (
  start: number,
  end: number,
) => readonly { readonly key: string; readonly start: number }[];

/** The pair a meeting sentence names, by the shape of its verb as the meeting rules read it: the
 * subject and the first one after "avec", the two before "se sont rencontrés", the two after
 * "entre"; the first two for a sentence that names the talks without such a verb. */
function pairOf(
  ctx: RelateContext,
  people: readonly { readonly key: string; readonly start: number }[],
  start: number,
  end: number,
): string[] {
  const text = ctx.doc.text.slice(start, end);
  const verb = MEETING_VERBS.map((v) => ({ ...v, hit: v.regex.exec(text) })).find((v) => v.hit);
  const at = start + (verb?.hit?.index ?? 0);
  const before = people.filter((p) => p.start < at);
  const after = people.filter((p) => p.start >= at);
  // "le chef de la diplomatie kazakhe a eu des entretiens avec Y": a bare title as the subject
  const subject = before[0] ?? (verb?.shape === 'with' ? titledSubject(ctx, start, at) : undefined);
  const pair =
    verb?.shape === 'with'
      ? [subject, after[0]]
      : verb?.shape === 'together'
        ? before.slice(-2)
        : verb?.shape === 'between'
          ? after.slice(0, 2)
          : people.slice(0, 2);
  const keys = pair.flatMap((p) => (p ? [p.key] : []));
  return keys.length === 2 && keys[0] !== keys[1] ? keys : [];
}

/**
 * The two people of the last meeting reported before `offset` in its section, within a few
 * paragraphs; none when that sentence names someone but not both, as the pair is then not written
 * out ("Mardi, il a eu des entretiens avec Y").
 */
export function previousPair(ctx: RelateContext, offset: number, namedIn: NamedIn): string[] {
  const { doc, structure } = ctx;
  const section = spanAt(structure.segments, offset)?.section;
  const sentences = sentencesOf(doc);
  for (let i = sentenceIndexAt(sentences, offset); i >= 0; i--) {
    const sentence = sentences[i];
    if (!sentence || offset - sentence.start > PAIR_REACH) break;
    if (spanAt(structure.segments, sentence.start)?.section !== section) break;
    // the sentence of the description counts up to it: "Après les entretiens avec Y, les deux ..."
    const end = Math.min(sentence.end, offset);
    const text = doc.text.slice(sentence.start, end);
    const met =
      eventsIn(ctx, sentence.start, end).some((e) => !e.other && MEETINGS.has(e.format)) ||
      MEETING_VERBS.some((v) => v.regex.test(text));
    if (!met) continue;
    const quotes = quotedSpans(text);
    const people = namedIn(sentence.start, end).filter((p) => {
      const at = p.start - sentence.start;
      return !quotes.some((q) => at >= q.start && at < q.end);
    });
    // "Après les entretiens, les deux ministres ...": talks that name no one refer back too
    if (people.length === 0) continue;
    return pairOf(ctx, people, sentence.start, end);
  }
  return [];
}
