// "Vladimir Poutine est arrivé à Minsk pour une visite": the subject of a visit attends it, and
// "ma visite" in a speaker's turn is the speaker's.

import { VISIT_FORMATS } from '../lexicon/index.js';
import { INVITATION_CUE, WELCOMED_TO } from '../lexicon/participation-verbs.js';
import { wholeWords } from '../patterns.js';
import { spanAt } from '../spans.js';
import { travellersBefore } from './arrival-rules.js';
import { attend } from './attend.js';
import { eventIndex } from './event-index.js';
import { personMentionsIn } from './helpers.js';
import { participantsIn } from './participants.js';
import { sentenceIndexAt, sentencesOf } from './sentences.js';
import type { Assertion, RelateContext } from './types.js';

const INVITED = new RegExp(wholeWords(INVITATION_CUE), 'i');
// "welcomed Aleksandr Lukashenko to Kenya": the guest, then the country he came to
const WELCOMED = new RegExp(
  `${wholeWords(WELCOMED_TO)}([^.;]{3,80}?)${wholeWords('to|à|au|en|aux')}`,
  'i',
);

/** "Ruto welcomed Aleksandr Lukashenko to Kenya": the guest attends the report's visit. */
export function relateWelcomedGuests(ctx: RelateContext): Assertion[] {
  const visit = eventIndex(ctx).find((e) => VISIT_FORMATS.includes(e.format) && !e.other);
  if (!visit) return [];
  const out: Assertion[] = [];
  for (const sentence of sentencesOf(ctx.doc)) {
    const hit = WELCOMED.exec(ctx.doc.text.slice(sentence.start, sentence.end));
    const guestText = hit?.[1];
    if (!hit || guestText === undefined) continue;
    const from = sentence.start + hit.index + hit[0].indexOf(guestText);
    const guest = participantsIn(ctx, from, from + guestText.length)[0];
    if (guest)
      out.push(
        attend(ctx, guest.key, visit.key, sentence, 'visit-welcomed', { near: guest.start }),
      );
  }
  return out;
}

/** "Vladimir Poutine est arrivé à Minsk pour une visite": the subject of a visit attends it. */
export function relateVisitors(ctx: RelateContext): Assertion[] {
  const { doc, recognised, resolution, structure } = ctx;
  const out: Assertion[] = [];
  recognised.events.forEach((e, i) => {
    const key = resolution.eventEntity[i];
    if (!key || !VISIT_FORMATS.includes(e.format) || e.headingOf !== undefined) return;
    const segment = spanAt(structure.segments, e.start);
    const sentences = sentencesOf(doc);
    const sentence = sentences[sentenceIndexAt(sentences, e.start)];
    if (!sentence || !segment) return;
    const turn =
      segment.kind === 'speaker-turn'
        ? segment
        : segment.turn !== undefined
          ? structure.segments[segment.turn]
          : undefined;
    if (turn?.label) {
      const clause = doc.text.slice(
        Math.max(sentence.start, e.start - 12),
        Math.min(sentence.end, e.end + 40),
      );
      const speaker = personMentionsIn(ctx, turn.label.start, turn.label.end).at(-1);
      if (speaker && /\b(?:ma|mon|notre)\s+(?:\S+\s+)?visite|visite[^.]{0,40}\bje\b/i.test(clause))
        out.push(attend(ctx, speaker.key, key, sentence, 'visit-first-person'));
      return;
    }
    // "X a invité son homologue Y à se rendre en visite": Y is invited only, X goes nowhere
    const invitation = INVITED.exec(doc.text.slice(sentence.start, e.start));
    if (invitation) {
      const from = sentence.start + invitation.index + invitation[0].length;
      for (const guest of participantsIn(ctx, from, e.start))
        out.push(
          attend(ctx, guest.key, key, sentence, 'visit-invitation', {
            status: 'invited only',
            near: guest.start,
          }),
        );
      return;
    }
    // "Le Président chinois est arrivé à Moscou pour une visite d’État": a title is a subject too
    const subject = travellersBefore(ctx, sentence.start, e.start)[0];
    if (subject)
      out.push(attend(ctx, subject.key, key, sentence, 'visit-subject', { near: subject.start }));
  });
  return out;
}
