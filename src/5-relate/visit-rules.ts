// "Vladimir Poutine est arrivé à Minsk pour une visite": the subject of a visit attends it, and
// "ma visite" in a speaker's turn is the speaker's.

import { VISIT_FORMATS } from '../lexicon/index.js';
import {
  ADDRESSED_TO,
  INVITATION_CUE,
  NOT_THE_TRAVELLER,
  VISIT_APPOSED,
  VISIT_OF,
  VISIT_POSSESSIVE,
  VISIT_SECOND_PERSON,
  WELCOMED_TO,
} from '../lexicon/participation-verbs.js';
import { wholeWords } from '../patterns.js';
import { spanAt } from '../spans.js';
import { travellersBefore } from './arrival-rules.js';
import { attend } from './attend.js';
import { eventIndex } from './event-index.js';
import { personMentionsIn } from './helpers.js';
import { type Participant, participantsIn } from './participants.js';
import { type Sentence, sentenceIndexAt, sentencesOf } from './sentences.js';
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
    const visitor = visitorOf(ctx, sentence, e);
    if (visitor)
      out.push(attend(ctx, visitor.key, key, sentence, visitor.rule, { near: visitor.start }));
  });
  return out;
}

// "la visite d’État en Chine de X": the owner follows the visit, or ends its mention
const OWNER_OF = new RegExp(`\\s${VISIT_OF}\\s*`, 'gu');
/** "visite d’État en Chine | de X": how far past the visit's mention its "de" may come. */
const OF_REACH = 20;
const OWNER_REACH = 30;
const HOSTED = new RegExp(wholeWords(NOT_THE_TRAVELLER), 'iu');
// "À son arrivée pour une visite officielle, le président X...": a possessive earlier in the clause
const POSSESSED = new RegExp(`${wholeWords(VISIT_POSSESSIVE)}[^,;]*$`, 'iu');
const YOURS = new RegExp(`${wholeWords(VISIT_SECOND_PERSON)}\\s*$`, 'iu');
const ADDRESSED = new RegExp(wholeWords(ADDRESSED_TO), 'iu');
// "X, on a working | visit": the visit's qualifier may stand before its noun
const APPOSED = new RegExp(`,\\s*${wholeWords(VISIT_APPOSED)}(?:\\s+[\\p{L}-]+)?\\s*$`, 'iu');
const SAXON_GENITIVE = /[’']s(?:\s+\p{L}+)?\s*$/u;

/**
 * Who makes a visit, as news state it: the one the visit belongs to ("la visite d’État de X",
 * "X's state visit", "a visit by X") before anyone else in the sentence; for "sa visite" and
 * "son voyage" the subject of the clause, which follows the visit when the phrase is fronted
 * ("Lors de sa visite à Pékin, X a..."); otherwise the subject of the visit verb ("X effectue
 * une visite", "X s’est rendu à..."), never a host named with "avec" or "à l’invitation de".
 */
function visitorOf(
  ctx: RelateContext,
  sentence: Sentence,
  visit: { start: number; end: number },
): (Participant & { rule: string }) | undefined {
  const { text } = ctx.doc;
  const owner = ownerAfter(ctx, sentence, visit);
  if (owner) return { ...owner, rule: 'visit-owner' };
  const before = text.slice(sentence.start, visit.start);
  // "Y a reçu X, en visite officielle en Chine": the name the visit is set beside
  if (SAXON_GENITIVE.test(before) || APPOSED.test(before)) {
    const owner = participantsIn(ctx, sentence.start, visit.start).at(-1);
    if (owner) return { ...owner, rule: 'visit-owner' };
  }
  if (YOURS.test(before)) {
    const addressee = addresseeAfter(ctx, visit.end, sentence.end);
    return addressee ? { ...addressee, rule: 'visit-addressee' } : undefined;
  }
  // "Le Président chinois est arrivé à Moscou pour une visite d’État": a title is a subject too
  const subject = travellersBefore(ctx, sentence.start, visit.start)[0];
  if (subject) return { ...subject, rule: 'visit-subject' };
  if (!POSSESSED.test(before)) return undefined;
  // "En conclusion de son voyage en Asie centrale, le chancelier X a...": after the clause
  const comma = text.slice(visit.end, sentence.end).indexOf(',');
  if (comma < 0) return undefined;
  const fronted = travellersBefore(ctx, visit.end + comma, sentence.end)[0];
  return fronted ? { ...fronted, rule: 'visit-possessor' } : undefined;
}

/** "la visite d’État de X", "a visit by President X": the person right after the "de". */
function ownerAfter(
  ctx: RelateContext,
  sentence: Sentence,
  visit: { start: number; end: number },
): Participant | undefined {
  const scan = ctx.doc.text.slice(visit.start, sentence.end);
  for (const of of scan.matchAll(OWNER_OF)) {
    if (of.index > visit.end - visit.start + OF_REACH) return undefined;
    // "une visite en Mongolie à l’invitation du président X": X is the host
    if (HOSTED.test(scan.slice(0, of.index + of[0].length))) return undefined;
    const from = visit.start + of.index + of[0].length;
    const owner = participantsIn(ctx, from, sentence.end)[0];
    if (owner && owner.start - from <= OWNER_REACH) return owner;
  }
  return undefined;
}

/** "« Votre visite... », a déclaré X à Y": Y, the one the speaker addresses. */
function addresseeAfter(ctx: RelateContext, from: number, to: number): Participant | undefined {
  const cue = ADDRESSED.exec(ctx.doc.text.slice(from, to));
  if (!cue) return undefined;
  const at = from + cue.index + cue[0].length;
  const addressee = participantsIn(ctx, at, to)[0];
  return addressee && addressee.start - at <= OWNER_REACH ? addressee : undefined;
}
