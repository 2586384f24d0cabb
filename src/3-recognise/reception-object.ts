// Does a verb of reception receive a person? "a reçu jeudi à Pékin | le président X", "received |
// Security Council Secretary | X"; in the passive, a named guest and the host after "par"/"by":
// "X a été reçu en audience par Y". Not "a reçu une lettre de", "received a phone call from",
// "le message reçu de", nor "a été reçu à l’aéroport par" (a welcome on arrival). Folded text.

import { THINGS_RECEIVED, WELCOME_SPOTS } from '../lexicon/reception-words.js';
import { alternation } from '../patterns.js';
import { firstStartingFrom } from '../spans.js';
import { isParticipleVerb, KEYWORD_PATTERN } from './event-keywords.js';
import type { Mention } from './types.js';

/** "a reçu mardi, à Douchanbé, | le secrétaire du Conseil de sécurité russe |": day, place, title. */
const PERSON_OBJECT_GAP = /^[^.;!?\n]{0,90}$/u;
/** "a reçu mardi, à Astana, le ministre": commas of when and where, not of another clause. */
const MAX_COMMAS = 2;
const THING_RECEIVED = new RegExp(
  `(?<![\\p{L}])(?:${alternation(THINGS_RECEIVED)})(?![\\p{L}])`,
  'u',
);
const WELCOME_SPOT = new RegExp(`(?<![\\p{L}])(?:${alternation(WELCOME_SPOTS)})(?![\\p{L}])`, 'u');
/** "a reçu", "avait longuement reçu": the auxiliary of an active participle. */
const ACTIVE_AUXILIARY =
  /(?:^|\s)(?:a|ont|avait|avaient|aura|auront|avons|avez)\s+(?:\p{L}+ment\s+|deja\s+)?$/u;
/** "reçu, dans le salon du palais, par", "received at the Akorda by": up to the host's "par". */
const HOST_AFTER = /^[^.;:!?\n]{0,90}?(?<![\p{L}])(?:par|by)\s+/u;
/** Between the guest (or host) and "a été reçu" ("a reçu"): a title or an apposition, no other clause. */
const GUEST_GAP = /^[^.;:!?\n]{0,80}$/u;

export function receivesPerson(
  folded: string,
  mentions: readonly Mention[],
  verbStart: number,
  verbEnd: number,
  passive: boolean,
): boolean {
  if (passive) return hasGuestAndHost(folded, mentions, verbStart, verbEnd);
  // "le message reçu de X": a French participle without its auxiliary describes a thing
  if (
    isParticipleVerb(folded.slice(verbStart, verbEnd)) &&
    !ACTIVE_AUXILIARY.test(folded.slice(Math.max(0, verbStart - 30), verbStart))
  )
    return false;
  // "Il a reçu X": a host the sentence does not name makes no meeting of two
  return hasPersonBefore(folded, mentions, verbStart) && hasPersonObject(folded, mentions, verbEnd);
}

/** "received | Russian Security Council Secretary | Sergei Shoigu": a person close after the verb,
 * with no thing or event between. */
export function hasPersonObject(
  folded: string,
  mentions: readonly Mention[],
  verbEnd: number,
): boolean {
  for (let i = firstStartingFrom(mentions, verbEnd); i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    const gap = folded.slice(verbEnd, m.start);
    if (!PERSON_OBJECT_GAP.test(gap) || THING_RECEIVED.test(gap)) return false;
    if (gap.split(',').length - 1 > MAX_COMMAS) return false;
    if (m.type === 'Person') {
      KEYWORD_PATTERN.lastIndex = 0;
      const eventBetween = KEYWORD_PATTERN.test(gap);
      KEYWORD_PATTERN.lastIndex = 0;
      return !eventBetween;
    }
  }
  return false;
}

/** "Le ministre X a été reçu en audience par le président Y": a named guest before, a host after. */
function hasGuestAndHost(
  folded: string,
  mentions: readonly Mention[],
  verbStart: number,
  verbEnd: number,
): boolean {
  const host = HOST_AFTER.exec(folded.slice(verbEnd, verbEnd + 100));
  if (!host || WELCOME_SPOT.test(host[0])) return false;
  return (
    hasPersonBefore(folded, mentions, verbStart) &&
    hasPersonObject(folded, mentions, verbEnd + host[0].length)
  );
}

/** "Sergueï Lavrov, arrivé à Astana, | a été reçu": the nearest person before, places passed over. */
function hasPersonBefore(folded: string, mentions: readonly Mention[], verbStart: number): boolean {
  for (let i = firstStartingFrom(mentions, verbStart) - 1; i >= 0; i--) {
    const m = mentions[i] as Mention;
    if (!GUEST_GAP.test(folded.slice(m.end, verbStart))) return false;
    if (m.type === 'Person') return true;
  }
  return false;
}
