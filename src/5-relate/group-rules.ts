// ATTENDED from a counted group of leaders named earlier and the sittings of the same sentence:
// "Les pourparlers entre les cinq dirigeants se sont tenus en format restreint puis élargi": the
// last five leaders named attended both formats; "les dirigeants" of a bilateral report, the two.

import {
  FUTURE_TENSE,
  NEGATED_PARTICIPATION,
  SITTING_AS_TOPIC,
  UNCOUNTED_LEADERS,
} from '../lexicon/participation-verbs.js';
import { wholeWords } from '../patterns.js';
import { spanAt } from '../spans.js';
import type { EventFormat } from '../types.js';
import { attend } from './attend.js';
import { eventsIn } from './event-index.js';
import { bilateralLeaders, groupsIn } from './participants.js';
import { quotedSpans } from './patterns.js';
import { sentencesOf } from './sentences.js';
import type { Assertion, RelateContext } from './types.js';

/** What a group sits in: talks and their formats, not a summit or visit the sentence recalls. */
const SITTINGS: ReadonlySet<EventFormat> = new Set([
  'TALKS',
  'RESTRICTED_TALKS',
  'EXPANDED_TALKS',
  'NEGOTIATIONS',
  'MEETING',
]);
const FORMATS: ReadonlySet<EventFormat> = new Set(['RESTRICTED_TALKS', 'EXPANDED_TALKS']);
const UNCOUNTED = new RegExp(wholeWords(UNCOUNTED_LEADERS), 'giu');
const NEGATED = new RegExp(wholeWords(NEGATED_PARTICIPATION), 'i');
const FUTURE = new RegExp(wholeWords(FUTURE_TENSE), 'i');
const AS_TOPIC = new RegExp(`(?<![\\p{L}])${SITTING_AS_TOPIC}`, 'iu');
/** How far before a sitting's name its topic noun may start ("sur la préparation de la "). */
const TOPIC_REACH = 40;

export function relateGroupAttendance(ctx: RelateContext): Assertion[] {
  const { doc, structure } = ctx;
  const out: Assertion[] = [];
  for (const sentence of sentencesOf(doc)) {
    const segment = spanAt(structure.segments, sentence.start);
    if (!segment || segment.kind === 'related-headline' || segment.turn !== undefined) continue;
    const text = doc.text.slice(sentence.start, sentence.end);
    if (NEGATED.test(text)) continue;
    const quotes = quotedSpans(text);
    // "Les dirigeants se sont rendus ... pour des entretiens": the two of a bilateral report
    const uncounted = [...text.matchAll(UNCOUNTED)].map((m) => {
      const at = sentence.start + m.index;
      return { start: at, end: at + m[0].length, keys: bilateralLeaders(ctx, at) };
    });
    const groups = [...groupsIn(ctx, sentence.start, sentence.end), ...uncounted].filter(
      (g) =>
        g.keys.length > 0 &&
        !quotes.some(
          (q) => g.start - sentence.start >= q.start && g.start - sentence.start < q.end,
        ),
    );
    if (groups.length === 0) continue;
    // "Les deux ministres ont échangé sur la préparation de la réunion": no sitting of theirs
    const named = eventsIn(ctx, sentence.start, sentence.end).filter(
      (e) =>
        !e.other &&
        SITTINGS.has(e.format) &&
        !AS_TOPIC.test(doc.text.slice(Math.max(sentence.start, e.start - TOPIC_REACH), e.start)),
    );
    // "les pourparlers ... en format restreint puis élargi": they sat in the formats
    const formats = named.filter((e) => FORMATS.has(e.format));
    const sittings = formats.length > 0 ? formats : named;
    const status = FUTURE.test(text) ? { status: 'announced' } : {};
    for (const group of groups)
      for (const event of sittings)
        for (const key of group.keys)
          out.push(attend(ctx, key, event.key, sentence, 'group-attendance', status));
  }
  return out;
}
