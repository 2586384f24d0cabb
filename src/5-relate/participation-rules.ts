// ATTENDED from sentences that state participation: "Y ont participé le Premier ministre indien
// Narendra Modi, ...", "The summit was attended by ...", "Parmi les participants figuraient" with
// the list lines under it. The event is the one the sentence names, else the one it refers back to.

import type { Segment } from '../2-segment/types.js';
import {
  COMMEMORATED_FORMATS,
  FUTURE_TENSE,
  HABITUAL,
  INVITATION_CUE,
  NEGATED_PARTICIPATION,
  ONLINE_MODE,
  PARTICIPATION_CUES,
  PAST_CLAUSE,
  THE_LATTER,
  type ParticipationCue,
} from '../lexicon/participation-verbs.js';
import { wholeWords } from '../patterns.js';
import { spanAt } from '../spans.js';
import { attend } from './attend.js';
import { assertion } from './helpers.js';
import { type EventAt, eventBefore, eventsIn, leadEvent } from './event-index.js';
import { participantsIn } from './participants.js';
import { LiteralFilter } from '../prefilter/literal-filter.js';
import { regexOf } from './patterns.js';
import { type Sentence, sentenceIndexAt, sentencesOf } from './sentences.js';
import type { Assertion, RelateContext } from './types.js';

const CUES = PARTICIPATION_CUES.map((cue) => ({ cue, regex: regexOf(cue.pattern) }));
/** The cues a sentence's keywords leave to run (the others cannot match it). */
const CUE_FILTER = new LiteralFilter(CUES, (c) => c.regex);
const NEGATED = new RegExp(wholeWords(NEGATED_PARTICIPATION), 'i');
const INVITED = new RegExp(wholeWords(INVITATION_CUE), 'i');
const ONLINE = new RegExp(wholeWords(ONLINE_MODE), 'i');
const FUTURE = new RegExp(wholeWords(FUTURE_TENSE), 'i');
const HABIT = regexOf(HABITUAL);
const LATTER = new RegExp(`^\\s*${wholeWords(THE_LATTER)}`, 'iu');
const PAST = new RegExp(`${wholeWords(PAST_CLAUSE)}[^,;]*`, 'gi');
// "  • le président russe Vladimir Poutine,", "- Prime Minister of India ...", "et le secrétaire ..."
const LIST_LINE =
  /^\s*(?:[•·*▪◦–—-]|\d{1,2}[.)]\s|(?:le|la|les|l[’']|du|de la|des|et|ainsi que|the|and)\s)/iu;
/** Where a sentence hands its people to the lines below: "Parmi les participants figuraient", "... :". */
const OPENS_LIST = /(?:[:：]|\bfiguraient|\bpar|\bwere|\bincluded|\bsuivants?)\s*$/iu;
const SKIPPED: ReadonlySet<Segment['kind']> = new Set([
  'related-headline',
  'boilerplate',
  'source-url',
  'photo-credit',
  'speaker-turn',
  'caption',
]);
/** How far back "Y ont participé" may look for the event it refers to (a paragraph). */
const REFERENCE_REACH = 700;
/** "President of Belarus Alexander Lukashenko": a list line is a title and a name. */
const LIST_LINE_LENGTH = 160;

/** The first cue of the table the text holds, and where. */
export function findParticipationCue(text: string):
  | {
      readonly cue: ParticipationCue;
      readonly index: number;
      readonly end: number;
      readonly text: string;
    }
  | undefined {
  for (const { cue, regex } of CUE_FILTER.candidates(text)) {
    const hit = regex.exec(text);
    if (hit) return { cue, index: hit.index, end: hit.index + hit[0].length, text: hit[0] };
  }
  return undefined;
}

/** "sous la présidence de X", "chaired by X": the one after; "X a présidé": the one before. */
const NAMES_AFTER = /(?:\s(?:de|du|des|par|by|of)|[’'])$/iu;

/** Who holds the chair or hosts by a cue: the first person after or the last one before it. */
export function holderOfDuty<P extends { readonly start: number }>(
  people: readonly P[],
  cue: { readonly start: number; readonly end: number },
  cueText: string,
): P | undefined {
  return NAMES_AFTER.test(cueText)
    ? people.find((p) => p.start >= cue.end)
    : people.filter((p) => p.start < cue.start).at(-1);
}

/**
 * The event a participation sentence is about: the first named after the cue ("a participé au
 * sommet"), else the last before it ("Le sommet a réuni"); undefined when it names only other
 * occurrences.
 */
export function eventOfSentence(
  ctx: RelateContext,
  sentence: Sentence,
  segment: Segment,
  cue: { start: number; end: number },
) {
  // "a félicité les participants à l’occasion du 30e anniversaire": a date remembered, no sitting
  const named = eventsIn(ctx, sentence.start, sentence.end).filter(
    (e) => !COMMEMORATED_FORMATS.includes(e.format),
  );
  if (named.length > 0) {
    const current = named.filter((e) => !e.other);
    // "arrived in Kazan to participate in the BRICS Summit": the summit, not the arrival
    // "à la tête d’une délégation, sont arrivés à Minsk, entamant une visite": the visit too
    const following = current.filter((e) => e.start >= cue.end);
    const after = following.find((e) => e.format !== 'ARRIVAL') ?? following[0];
    const before = current.filter((e) => e.end <= cue.start).at(-1);
    return (after ?? before ?? current[0])?.key;
  }
  // "Les consultations se sont poursuivies en format élargi. La partie russe était représentée
  // par": the event the sentence right before named first
  const previous = previousSentenceEvent(ctx, sentence);
  if (previous) return previous;
  // under a heading, the list belongs to the heading's event ("Parmi les participants figuraient")
  const headed = ctx.resolution.sectionEvent.get(segment.section);
  if (headed) return headed;
  const before: EventAt | undefined = eventBefore(ctx, sentence.start, REFERENCE_REACH);
  return before?.key ?? leadEvent(ctx)?.key;
}

/** How far apart two sentences may be to read as one paragraph (a line break, a space). */
const NEXT_SENTENCE_GAP = 3;

/** The first current event the sentence right before names, when it runs straight on. */
function previousSentenceEvent(ctx: RelateContext, sentence: Sentence): string | undefined {
  const sentences = sentencesOf(ctx.doc);
  const index = sentenceIndexAt(sentences, sentence.start);
  const previous = index > 0 ? sentences[index - 1] : undefined;
  if (!previous || sentence.start - previous.end > NEXT_SENTENCE_GAP) return undefined;
  return eventsIn(ctx, previous.start, previous.end).find((e) => !e.other)?.key;
}

/** The list lines right under a sentence that opens a list: bulleted, or short and naming someone. */
export function listLinesAfter(ctx: RelateContext, sentences: readonly Sentence[], index: number) {
  const lines: Sentence[] = [];
  let previous = '';
  for (let j = index + 1; j < sentences.length && lines.length < 60; j++) {
    const line = sentences[j] as Sentence;
    const text = ctx.doc.text.slice(line.start, line.end);
    const short = line.end - line.start <= LIST_LINE_LENGTH;
    // "X (Équateur) ;\nY (Lituanie)." : the full stop ends the list's last line
    const lastItem = short && /[;,]\s*$/u.test(previous) && /\.$/u.test(text);
    const listed = LIST_LINE.test(text) || (short && !/[.!?]$/u.test(text)) || lastItem;
    previous = text;
    if (!listed) break;
    if (participantsIn(ctx, line.start, line.end).length > 0) lines.push(line);
    // "Nom Inconnu (Népal) ;": an item whose name was not read does not end the list
    else if (!/[;,]\s*$/u.test(text)) break;
  }
  return lines;
}

export function relateParticipation(ctx: RelateContext): Assertion[] {
  const { doc, structure } = ctx;
  const sentences = sentencesOf(doc);
  const out: Assertion[] = [];
  sentences.forEach((sentence, index) => {
    const segment = spanAt(structure.segments, sentence.start);
    if (!segment || SKIPPED.has(segment.kind) || segment.turn !== undefined) return;
    const text = doc.text.slice(sentence.start, sentence.end);
    const found = findParticipationCue(text);
    if (!found || NEGATED.test(text) || HABIT.test(text)) return;
    const { cue } = found;
    const cueSpan = { start: sentence.start + found.index, end: sentence.start + found.end };
    const event = eventOfSentence(ctx, sentence, segment, cueSpan);
    if (!event) return;
    const options = {
      ...(cue.status ? { status: cue.status } : FUTURE.test(text) ? { status: 'announced' } : {}),
      ...(ONLINE.test(text) ? { mode: 'online' } : {}),
    };
    const invitation = INVITED.exec(text);
    const past = [...text.matchAll(PAST)].map((m) => ({
      start: sentence.start + m.index,
      end: sentence.start + m.index + m[0].length,
    }));
    const named = participantsIn(ctx, sentence.start, sentence.end).filter(
      (p) =>
        (!invitation || p.start > sentence.start + invitation.index) &&
        (cue.only !== 'before' || p.start < cueSpan.start) &&
        !past.some((c) => p.start >= c.start && p.start < c.end),
    );
    const latter = named.length === 0 && cue.spoke ? theLatter(ctx, sentences, index) : [];
    const people = latter.length > 0 ? latter : named;
    const speaker = people.find((p) => p.start >= cueSpan.end);
    const present =
      cue.only === 'first-after'
        ? speaker
          ? [speaker]
          : []
        : cue.spoke && latter.length === 0
          ? speakersOf(people, text, sentence.start, cueSpan)
          : people;
    const dutyHolder = cue.duty ? holderOfDuty(people, cueSpan, found.text) : undefined;
    for (const p of present) {
      out.push(
        attend(ctx, p.key, event, sentence, `participation:${cue.id}`, {
          ...options,
          ...(invitation ? { status: 'invited only' } : {}),
          ...(cue.duty && p === dutyHolder ? { duty: cue.duty } : {}),
          near: p.start,
        }),
      );
      if (cue.spoke)
        out.push(
          assertion(ctx, 'SPOKE_AT', p.key, event, sentence, `participation:${cue.id}`, {
            ...(options.status ? { status: options.status } : {}),
          }),
        );
    }
    if (people.length > 0 && !OPENS_LIST.test(text)) return;
    for (const line of listLinesAfter(ctx, sentences, index))
      for (const p of participantsIn(ctx, line.start, line.end))
        out.push(
          attend(ctx, p.key, event, line, `participation-list:${cue.id}`, {
            ...options,
            near: p.start,
          }),
        );
  });
  return out;
}

/** "... Viktor Khrenine participera à la rencontre. Ce dernier présentera un rapport": a sentence
 * opening with "Ce dernier" or "The latter" speaks of the last person the sentence before named. */
function theLatter(ctx: RelateContext, sentences: readonly Sentence[], index: number) {
  const sentence = sentences[index];
  const previous = sentences[index - 1];
  if (!sentence || !previous || !LATTER.test(ctx.doc.text.slice(sentence.start, sentence.end)))
    return [];
  const last = participantsIn(ctx, previous.start, previous.end).at(-1);
  return last ? [last] : [];
}

/** Where a report hands over to what was said: "Peskov said (that) | Putin will address". */
const REPORTED =
  /(?<![\p{L}])(?:said|says|told|announced|que|qu[’']|that|a (?:déclaré|annoncé|indiqué|précisé))(?![\p{L}])/giu;

/** The speakers of a speaking cue: its subjects before it ("X et Y ont pris la parole", after any
 * "Peskov said"), else the first one after ("Speaking at the meeting, X said"); not the one
 * reporting it ("X made a speech at the summit, Peskov said") nor the one spoken with. */
function speakersOf<P extends { readonly start: number; readonly end: number }>(
  people: readonly P[],
  text: string,
  offset: number,
  cue: { readonly start: number; readonly end: number },
): P[] {
  const reported = [...text.slice(0, cue.start - offset).matchAll(REPORTED)].at(-1);
  const from = reported ? offset + reported.index + reported[0].length : offset;
  const before = people.filter((p) => p.start >= from && p.end <= cue.start);
  if (before.length > 0) return before;
  const after = people.find((p) => p.start >= cue.end);
  return after ? [after] : [];
}
