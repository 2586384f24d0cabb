// A body's sitting told by a verb: "The Eurasian Intergovernmental Council met in Almaty on
// 3 February", "Le Conseil intergouvernemental eurasiatique s'est réuni à Almaty". The event is a
// meeting of that body, with the sentence's date and the place after the verb.

import { foldText } from '../4-resolve/normalise.js';
import { BODY_SITTING_VERBS } from '../lexicon/body-sittings.js';
import { KEYWORD_PATTERN } from './event-keywords.js';
import type { EventContext } from './find-events.js';
import { nearestDate } from './find-keyword-events.js';
import { findPlacesHeldAfter } from './event-places.js';
import { sentenceOf } from './sentence-of.js';
import type { EventMention } from './types.js';

const VERBS = BODY_SITTING_VERBS.flatMap((v) =>
  v.includes('’') ? [v, v.replace(/’/gu, "'")] : [v],
)
  .sort((a, b) => b.length - a.length)
  .join('|');
/** Right after the body, its acronym in brackets allowed: "Council (EIC) met". */
const SITTING_VERB = new RegExp(`^\\s*(?:\\([^()]{1,15}\\)\\s*)?(?:${VERBS})(?![\\p{L}])`, 'iu');
/** "se réunit en format restreint", "met in an expanded format": the keyword's event is the sitting. */
const KEYWORD_REACH = 30;
/** Bodies that sit: councils, assemblies, committees; not a state or an organisation as a whole. */
const SITTING_SUBTYPES: ReadonlySet<string> = new Set(['governing_body']);

export function findBodySittings({ text, mentions, dates }: EventContext): EventMention[] {
  return mentions.flatMap((body, index) => {
    if (body.type !== 'Organisation' || !SITTING_SUBTYPES.has(body.subtype ?? '')) return [];
    const verb = SITTING_VERB.exec(text.slice(body.end, body.end + 60));
    if (!verb) return [];
    const end = body.end + verb[0].length;
    if (keywordFollows(text, end)) return [];
    const sentence = sentenceOf(text, body.start);
    const span = { start: body.start, end };
    const date = nearestDate(dates, span, sentence);
    return [
      {
        start: body.start,
        end,
        surface: text.slice(body.start, end),
        rule: 'body-sitting',
        format: 'MEETING' as const,
        ...(date ? { date: date.date, ...(date.endDate ? { endDate: date.endDate } : {}) } : {}),
        places: findPlacesHeldAfter(text, mentions, end, sentence.end),
        organisation: index,
        anchored: true,
        plural: false,
      },
    ];
  });
}

function keywordFollows(text: string, from: number): boolean {
  KEYWORD_PATTERN.lastIndex = 0;
  const found = KEYWORD_PATTERN.test(foldText(text.slice(from, from + KEYWORD_REACH)));
  KEYWORD_PATTERN.lastIndex = 0;
  return found;
}
