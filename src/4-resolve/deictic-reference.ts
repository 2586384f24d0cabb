// References that point at the gathering being spoken in: "notre entretien", "votre rencontre",
// "cette réunion", "la réunion en cours", "this meeting", "our talks". In a report made of
// sections they name the section's own event, never a meeting the speech merely recalls.

import { determinerBefore } from '../3-recognise/event-phrase.js';
import type { Span } from '../types.js';

/** "notre", "votre", "cette", "this", "our": the speaker's own present gathering. */
const DEICTIC_DETERMINER = /^(?:notre|nos|votre|vos|ce|cet|cette|ces|this|our|your)\s*$/iu;
/** "la réunion en cours", "the current meeting", "the present talks". */
const PRESENT_AFTER = /^\s+(?:en\s+cours|d[’']aujourd[’']hui|de\s+ce\s+jour)(?![\p{L}])/iu;
const PRESENT_BEFORE = /(?:^|\s)(?:current|present|ongoing|today[’']s|our|your)\s+$/iu;

const PRESENT_INSIDE = /(?:^|\s)en\s+cours(?![\p{L}])/iu;

export function isDeicticReference(text: string, mention: Span): boolean {
  if (PRESENT_INSIDE.test(text.slice(mention.start, mention.end))) return true;
  const determiner = determinerBefore(text, mention.start)?.trim();
  if (determiner && DEICTIC_DETERMINER.test(determiner)) return true;
  if (PRESENT_AFTER.test(text.slice(mention.end, mention.end + 24))) return true;
  return PRESENT_BEFORE.test(text.slice(Math.max(0, mention.start - 12), mention.start));
}
