// Where a phrase's event is held when the sentence says it after the phrase: "La réunion
// restreinte ... s’est tenue le 16 septembre à Samarcande", "... a eu lieu dans la salle
// Sainte-Catherine du Kremlin", "the summit was held in Bishkek".

import type { Mention } from './types.js';

/** A holding verb after the phrase, then what may stand before the place (a date, "hier"). */
const HELD_AFTER =
  /^[^.;!?\n]{0,90}?(?:s[’']est\s+(?:tenue?|déroulée?)|se\s+sont\s+(?:tenue?s|déroulée?s)|s[’']étai(?:en)?t\s+tenue?s?|a\s+eu\s+lieu|ont\s+eu\s+lieu|avai(?:en)?t\s+eu\s+lieu|se\s+tiendr(?:a|ont)|aur(?:a|ont)\s+lieu|se\s+dérouler(?:a|ont)|se\s+dérouler?a?|se\s+tien(?:t|nent)|took\s+place|(?:was|were|will\s+be|is|are|is\s+being)\s+held)(?![\p{L}])[^.;!?\n]{0,50}?$/iu;
/** "à Samarcande", "au Kremlin", "dans la salle", "in Bishkek", "at the Kremlin". */
const LOCATIVE_BEFORE =
  /(?:^|\s)(?:à|au|aux|en|dans|in|at)\s+(?:la\s+|le\s+|les\s+|l[’']|the\s+)?$/iu;
/** "salle Saint-Alexandre du Kremlin", "Samarcande, en Ouzbékistan": a second place of the same spot. */
const PLACE_CHAIN = /^\s*(?:,\s*(?:à|au|en)?\s*|du\s+|de\s+la\s+|de\s+l[’']|de\s+|à\s+)$/iu;
const LOOKAHEAD_CHARS = 150;

/** Indices of the Place mentions the sentence gives after [phraseEnd, sentenceEnd). */
export function findPlacesHeldAfter(
  text: string,
  mentions: readonly Mention[],
  firstMentionAfter: number,
  phraseEnd: number,
  sentenceEnd: number,
): number[] {
  const limit = Math.min(sentenceEnd, phraseEnd + LOOKAHEAD_CHARS);
  const found: number[] = [];
  for (let i = firstMentionAfter; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    if (m.start >= limit) break;
    if (m.type !== 'Place' || m.adjective) continue;
    const previous = found.at(-1);
    if (previous !== undefined) {
      const gap = text.slice((mentions[previous] as Mention).end, m.start);
      if (PLACE_CHAIN.test(gap)) found.push(i);
      break;
    }
    const before = text.slice(phraseEnd, m.start);
    if (LOCATIVE_BEFORE.test(before) && HELD_AFTER.test(before.replace(LOCATIVE_BEFORE, '')))
      found.push(i);
  }
  return found;
}
