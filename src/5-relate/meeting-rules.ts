// MET_WITH from sentences that state a meeting ("X a rencontré Y", "X et Y se sont entretenus",
// "les entretiens entre X et Y", "j’ai rencontré Y" in X's speech), with ATTENDED of the meeting
// the sentence names; and the two heads of state of a bilateral meeting.

import { isReceptionPhrase } from '../3-recognise/event-keywords.js';
import { isAbbreviationStop } from '../abbreviations.js';
import { VISIT_FORMATS } from '../lexicon/index.js';
import { MEETING_CUES, type MeetingCue, NEGATED_MEETING } from '../lexicon/meeting-verbs.js';
import { spanAt } from '../spans.js';
import { attend } from './attend.js';
import { type EventAt, eventsIn } from './event-index.js';
import { assertion, personMentionsIn, speakerAt } from './helpers.js';
import { type Participant, participantsIn } from './participants.js';
import { LiteralFilter } from '../prefilter/literal-filter.js';
import { regexOf } from './patterns.js';
import { sentencesOf } from './sentences.js';
import { pronounSubject, titledSubject } from './titled-subject.js';
import type { Assertion, RelateContext } from './types.js';

const CUES = MEETING_CUES.map((cue) => ({ cue, regex: regexOf(cue.pattern) }));
/** The cues a sentence's keywords leave to run (the others cannot match it). */
const CUE_FILTER = new LiteralFilter(CUES, (c) => c.regex);
const NEGATED = regexOf(NEGATED_MEETING);
const FIRST_PERSON_MEETING = regexOf(
  "j[’']ai rencontré|nous avons rencontré|en discutant avec|je me suis entretenu avec|I met",
);
/** "X a reçu Y": the person met comes right after the verb, not at the end of the sentence. */
const OBJECT_REACH = 90;
const TITLED_OBJECT_REACH = 170;
const MEETING_FORMATS = new Set([
  'MEETING',
  'TALKS',
  'RESTRICTED_TALKS',
  'EXPANDED_TALKS',
  'VISIT',
  'STATE_VISIT',
  'NEGOTIATIONS',
  'PHONE_CALL',
  'VIDEOCONFERENCE',
  'SUMMIT',
]);

export function met(
  ctx: RelateContext,
  a: string,
  b: string,
  span: { start: number; end: number },
  rule: string,
): Assertion {
  const [source, target] = a < b ? [a, b] : [b, a];
  return assertion(ctx, 'MET_WITH', source, target, span, rule);
}

// "..., Xi Jinping, et a évoqué Vladimir Poutine": a verb or relative between two names ends the list
const CLAUSE_BREAK =
  /[.;:!?]|(?<![\p{L}])(?:a|ont|est|sont|qui|que|dont|avait|pour|has|have|is|was|who|which|said)(?![\p{L}])/iu;

/** "the Minister H.E. Mr. Saidov": the stops of titles and initials end no clause. */
function withoutAbbreviationStops(gap: string): string {
  return gap.replace(/\./gu, (dot, at: number) => (isAbbreviationStop(gap, at) ? ' ' : dot));
}

/** The people right after the verb, as long as they read as one list. */
function objectList(
  after: readonly Participant[],
  verbEnd: number,
  text: (start: number, end: number) => string,
): Participant[] {
  const out: Participant[] = [];
  let last = verbEnd;
  for (const p of after) {
    const gap = text(last, p.start);
    const clause = CLAUSE_BREAK.test(withoutAbbreviationStops(gap));
    // the first object may carry a long title: "avec le ministre ... de la République algérienne
    // démocratique et populaire, Ahmed Attaf"
    const reach = out.length === 0 ? TITLED_OBJECT_REACH : OBJECT_REACH;
    if (clause || gap.length > reach) break;
    out.push(p);
    last = p.end;
  }
  return out;
}

/** The pairs a meeting phrase states, from the people before and after it. */
export function meetingPairs(
  shape: MeetingCue['shape'],
  before: readonly Participant[],
  after: readonly Participant[],
  verbEnd: number,
  text: (start: number, end: number) => string,
): [Participant, Participant][] {
  const near = objectList(after, verbEnd, text);
  const subject = before[0];
  if (shape === 'with' && subject && near.length > 0) return near.map((p) => [subject, p]);
  const together = shape === 'between' ? after.slice(0, 2) : before.slice(-2);
  const [a, b] = together;
  return a && b ? [[a, b]] : [];
}

export function relateMeetingVerbs(ctx: RelateContext): Assertion[] {
  const { doc, structure } = ctx;
  const out: Assertion[] = [];
  const sentences = sentencesOf(doc);
  sentences.forEach((sentence, index) => {
    const text = doc.text.slice(sentence.start, sentence.end);
    const segment = spanAt(structure.segments, sentence.start);
    if (segment?.kind === 'related-headline' || NEGATED.test(text)) return;
    const previous = sentences[index - 1];
    // "Il a ensuite rencontré X": the pronoun stands for the subject the paragraph opened on
    const sameBlock = previous && spanAt(structure.segments, previous.start) === segment;
    out.push(...firstPersonMeeting(ctx, sentence, text));
    for (const { cue, regex } of CUE_FILTER.candidates(text)) {
      const verb = regex.exec(text);
      if (!verb) continue;
      const at = sentence.start + verb.index;
      const end = at + verb[0].length;
      if (cue.reception && !isReceptionEventAt(ctx, at, end)) continue;
      const before = participantsIn(ctx, sentence.start, at);
      // "Le projet de X a été accueilli par Y": X names whose project, he was not welcomed
      const named = cue.passive ? before.filter((p) => isSubject(doc.text, p, at)) : before;
      // "the President held meetings with ...": a bare title before the verb is the subject
      const bareTitled = named.length === 0 ? titledSubject(ctx, sentence.start, at) : undefined;
      const pronoun =
        named.length === 0 && !bareTitled
          ? pronounSubject(ctx, sentence.start, at, sameBlock ? previous : undefined)
          : undefined;
      const titled = bareTitled ?? pronoun;
      const pairs = meetingPairs(
        cue.shape,
        titled ? [titled] : named,
        participantsIn(ctx, end, sentence.end),
        end,
        (from, to) => doc.text.slice(from, to),
      ).filter(([a, b]) => a.key !== b.key);
      if (pairs.length === 0) continue;
      // "une visite régionale ... avec une visite au Kazakhstan où il a rencontré X": the nearest one
      const distance = (e: { start: number; end: number }) =>
        e.end <= at ? at - e.end : Math.max(0, e.start - end);
      const sentenceEvents = eventsIn(ctx, sentence.start, sentence.end).filter(
        (e) => MEETING_FORMATS.has(e.format) && !e.other,
      );
      const event = [...sentenceEvents].sort((a, b) => distance(a) - distance(b))[0];
      // a pronoun's meeting says who met; which sitting it was, the sentence may not tell
      // (measured: seating the pair there cost ATTENDED precision on unseen news)
      const attended =
        event && !pronoun
          ? [event.key, ...visitBesideReception(ctx, sentenceEvents, event, at, end)]
          : [];
      const status = cue.status ? { status: cue.status } : {};
      for (const [a, b] of pairs) {
        out.push(met(ctx, a.key, b.key, sentence, `meeting:${cue.id}`));
        for (const key of attended)
          for (const p of [a, b])
            out.push(
              attend(ctx, p.key, key, sentence, `meeting:${cue.id}`, {
                ...status,
                near: p.start,
              }),
            );
      }
      break;
    }
  });
  return out;
}

/** "X a reçu Y ..., au cours de la visite d’État de ce dernier": host and guest are at the visit
 * their sentence names, besides the reception. */
function visitBesideReception(
  ctx: RelateContext,
  events: readonly EventAt[],
  reception: EventAt,
  verbStart: number,
  verbEnd: number,
): string[] {
  if (VISIT_FORMATS.includes(reception.format) || !isReceptionEventAt(ctx, verbStart, verbEnd))
    return [];
  const visit = events.find((e) => VISIT_FORMATS.includes(e.format));
  return visit ? [visit.key] : [];
}

/** "a reçu Sergueï Lavrov": the verb is the phrase of an event of reception, which read its object
 * as a person. */
function isReceptionEventAt(ctx: RelateContext, start: number, end: number): boolean {
  return eventsIn(ctx, start, end).some((e) =>
    isReceptionPhrase(ctx.doc.text.slice(e.start, e.end)),
  );
}

/** A complement of a noun ("le projet de X") is no subject; a subject stands close to its verb. */
const OF_A_NOUN = /(?:\s|^)(?:de|du|des|d[’'])\s*$/iu;
/** "L’initiative du président X a été accueillie par Y": a thing of X's is the subject. */
const THING_OF =
  /(?:initiative|projet|proposition|plan|idée|demande|décision|message|lettre|appel|offre|discours|position|démarche|proposal|idea|letter|offer|speech)s?\s+(?:de|du|des|d[’']|of)\s/iu;
const SUBJECT_REACH = 60;

function isSubject(text: string, p: Participant, verbAt: number): boolean {
  const lead = text.slice(Math.max(0, p.start - SUBJECT_REACH), p.start);
  return (
    verbAt - p.end <= SUBJECT_REACH &&
    !OF_A_NOUN.test(text.slice(Math.max(0, p.start - 6), p.start)) &&
    !THING_OF.test(lead)
  );
}

/** "j’ai rencontré Mr. Raïssi" in Lukashenko's speech: the speaker met the person named. */
function firstPersonMeeting(
  ctx: RelateContext,
  sentence: { start: number; end: number },
  text: string,
): Assertion[] {
  const firstPerson = FIRST_PERSON_MEETING.exec(text);
  if (!firstPerson) return [];
  const speaker = speakerAt(ctx, sentence.start);
  const other = personMentionsIn(ctx, sentence.start + firstPerson.index, sentence.end)[0];
  return speaker && other && speaker.key !== other.key
    ? [met(ctx, speaker.key, other.key, sentence, 'first-person-meeting')]
    : [];
}

const PRINCIPALS: ReadonlySet<string> = new Set(['head_of_state', 'head_of_government']);

/** The two heads of state of a bilateral meeting met each other (stored once a document). */
export function relateCounterparts(
  ctx: RelateContext,
  attended: readonly Assertion[],
): Assertion[] {
  const { resolution } = ctx;
  const out: Assertion[] = [];
  const byEvent = new Map<string, Assertion[]>();
  const sides = new Map<string, Set<string>>();
  for (const a of attended) {
    const format = resolution.entities.get(a.target)?.format ?? '';
    if (a.type !== 'ATTENDED' || !MEETING_FORMATS.has(format) || format === 'SUMMIT') continue;
    const subtype = resolution.entities.get(a.source)?.subtype ?? '';
    // a leader without a known side still sits at the table: "le chancelier" and two presidents
    const side = a.props.delegation ?? (PRINCIPALS.has(subtype) ? a.source : undefined);
    if (!side) continue;
    sides.set(a.target, (sides.get(a.target) ?? new Set()).add(side));
    if (subtype !== 'head_of_state' || !a.props.delegation) continue;
    byEvent.set(a.target, [...(byEvent.get(a.target) ?? []), a]);
  }
  // two heads of state alone at talks met; ten at a summit, or two among other sides, only sat in one room
  for (const [event, list] of byEvent) {
    if ((sides.get(event)?.size ?? 0) > 2) continue;
    const heads = [...new Map(list.map((a) => [a.source, a])).values()];
    const [a, b] = heads;
    if (heads.length === 2 && a && b && a.props.delegation !== b.props.delegation)
      out.push(met(ctx, a.source, b.source, a.evidence, 'counterparts-at-meeting'));
  }
  return out;
}
