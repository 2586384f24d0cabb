// Who spoke where: speaker turns ("Président russe Vladimir Poutine : ...") and reported speech
// ("a déclaré Vladimir Poutine lors d’une conférence de presse") give ATTENDED and SPOKE_AT.

import { UNATTENDED_FORMATS } from '../lexicon/index.js';
import { SAID_ELSEWHERE } from '../lexicon/participation-verbs.js';
import { wholeWords } from '../patterns.js';
import { spanAt } from '../spans.js';
import type { EventFormat } from '../types.js';
import { attend } from './attend.js';
import { leadEvent } from './event-index.js';
import { assertion, itemsWithin, personMentionsIn, roleOfPerson } from './helpers.js';
import { sentencesOf } from './sentences.js';
import { participantsIn } from './participants.js';
import { outsideQuotes } from './patterns.js';
import type { Assertion, RelateContext } from './types.js';

const QUESTION = /\?|\bquestion\b|\bBonjour\b/u;
// \b is ASCII-only: after "déclaré" or "à" the end of a word is a lookahead for a non-letter.
const SPEECH_VERB =
  /(?<![\p{L}])(?:a|ont)\s+(?:(?:quant à (?:lui|elle|eux)|pour sa part|de son côté|également|aussi|ensuite|encore)\s*,?\s+)?(?:déclaré|noté|souligné|indiqué|affirmé|dit|ajouté|annoncé|cité|estimé|rappelé|précisé|insisté|expliqué|réaffirmé|assuré)(?![\p{L}])|(?<![\p{L}])(?:said|stated|noted|told|announced|stressed|emphasi[sz]ed|underlined|declared|added)(?![\p{L}])/u;
// "lors d’un entretien téléphonique", "during the talks", "in a phone call on Tuesday, X told Y"
const AT_EVENT =
  /(?<![\p{L}])(?:(?:lors|à l[’']issue|au cours)\s+(?:d[’']|(?:de|du|des)(?![\p{L}]))|(?:pendant|assistent à|assiste à|participe à|participent à|during|at (?:the|a|an))(?![\p{L}])|(?<![\p{L}])in (?:a|an|the|their)(?= (?:(?:phone|telephone|video) )?(?:call|conversation)(?![\p{L}])))/iu;

/** The sentence reports a call: who speaks in it is on the phone, not at another event. */
const PHONE =
  /(?<![\p{L}])(?:par téléphone|au téléphone|téléphonique|by (?:tele)?phone|(?:phone|telephone) (?:call|conversation))(?![\p{L}])/iu;
/** "a noté en introduction à la réunion", "said at the beginning of the meeting": said at the event. */
const AT_THE_EVENT = new RegExp(
  wholeWords(
    `(?:au début|à l[’']ouverture|en ouverture|en introduction|au cours|lors|à l[’']issue|pendant|à la fin|at the (?:beginning|start|opening|end|close)|during|at|in (?:his|her) (?:opening )?(?:remarks|speech|address) (?:at|to))(?: (?:de|d[’']|du|des|à|of))? ?(?:la|le|l[’']|les|sa|son|ses|leur|cette|ce|the|this|today[’']s) ?(?:réunion|rencontre|séance|session|sommet|entretiens?|pourparlers|négociations|conférence|forum|meeting|talks|summit|conference|negotiations|plenary)|dans (?:son|sa) (?:discours|allocution|intervention)|in (?:his|her) (?:speech|address|opening remarks)|s[’']adressant aux participants|addressing the (?:participants|meeting|summit|forum)`,
  ),
  'iu',
);
/** "X a souligné que ...", "X said that ...": an account of what was said, not a quote that may
 * come from anywhere. */
const INDIRECT_SPEECH = new RegExp(
  `(?:${SPEECH_VERB.source})\\s+(?:que|qu[’']|that)(?![\\p{L}])`,
  'u',
);
const QUOTE_MARK = /["«»“”]/u;
/** The sittings a report tells the speeches of: not a bilateral talk, a visit or a call. */
const SITTINGS: readonly EventFormat[] = [
  'SUMMIT',
  'MEETING',
  'VIDEOCONFERENCE',
  'FORUM',
  'CONFERENCE',
];

/** A source other than the sitting: "in an interview", "dans un communiqué", "sur Telegram". */
const ELSEWHERE = new RegExp(`(?<![\\p{L}])(?:${SAID_ELSEWHERE})(?![\\p{L}])`, 'iu');

/** A report of one summit or session: what one of its attendees "a souligné que" was said there
 * ("Le président Ivan Petrov a insisté sur le fait que ...", "X stressed that ..."), when the report leads with that sitting
 * and the sentence names no source elsewhere (an interview, a statement, a website). */
function isReportedAtSitting(ctx: RelateContext, event: string, text: string): boolean {
  const format = ctx.resolution.entities.get(event)?.format;
  return (
    format !== undefined &&
    SITTINGS.includes(format) &&
    leadEvent(ctx)?.key === event &&
    INDIRECT_SPEECH.test(text) &&
    !QUOTE_MARK.test(text) &&
    !ELSEWHERE.test(text)
  );
}

const SAID_AFTER = /^à l[’']issue/iu;
const TO_THE_PRESS =
  /(?<![\p{L}])(?:aux journalistes|à la presse|aux médias|to (?:the )?(?:reporters|journalists|press))(?![\p{L}])/iu;

/** "Président russe Vladimir Poutine : ..." -> ATTENDED and SPOKE_AT the section's event. */
export function relateSpeakers(ctx: RelateContext): Assertion[] {
  const { structure, resolution } = ctx;
  return structure.segments.flatMap((segment, index) => {
    if (segment.kind !== 'speaker-turn' || !segment.label) return [];
    const event = resolution.sectionEvent.get(segment.section) ?? transcribedSitting(ctx, segment);
    const speaker = personMentionsIn(ctx, segment.label.start, segment.label.end).at(-1);
    if (!event || !speaker) return [];
    const turnText = structure.segments
      .filter((s, i) => i === index || s.turn === index)
      .map((s) => s.text)
      .join('\n');
    const isJournalist =
      resolution.entities.get(event)?.format === 'PRESS_CONFERENCE' &&
      !roleOfPerson(ctx, speaker.key) &&
      QUESTION.test(turnText) &&
      !resolution.entities.get(speaker.key)?.subtype;
    const entity = resolution.entities.get(speaker.key);
    if (isJournalist && entity) entity.subtype = 'journalist';
    const span = { start: segment.start, end: Math.min(segment.end, segment.label.end + 80) };
    const spoke = assertion(
      ctx,
      'SPOKE_AT',
      speaker.key,
      event,
      span,
      'speaker-turn',
      isJournalist ? { role: 'journalist' } : {},
    );
    return [
      attend(ctx, speaker.key, event, span, 'speaker-turn', { journalist: isJournalist }),
      spoke,
    ];
  });
}

/** The sitting a transcript without headings follows: "Séance plénière du Forum ... / X : Bonsoir
 * à tous." is the report's lead event when it is a sitting or a press conference told before the turn. */
function transcribedSitting(
  ctx: RelateContext,
  turn: { readonly start: number },
): string | undefined {
  if (ctx.resolution.sectionEvent.size > 0) return undefined;
  const lead = leadEvent(ctx);
  const transcribed = lead && [...SITTINGS, 'PRESS_CONFERENCE'].includes(lead.format);
  return transcribed && lead.start < turn.start ? lead.key : undefined;
}

/** "a déclaré Vladimir Poutine lors d’une conférence de presse" -> ATTENDED and SPOKE_AT. */
export function relateReportedSpeech(ctx: RelateContext): Assertion[] {
  const { doc, resolution, structure } = ctx;
  const out: Assertion[] = [];
  const unheaded = resolution.sectionEvent.size === 0;
  // "Lors du sommet, X a noté ... Y a souligné ...": the report
  // goes on about the same sitting, so the next speakers spoke there too
  let saidAt: { event: string; end: number } | undefined;
  for (const sentence of sentencesOf(doc)) {
    const segment = spanAt(structure.segments, sentence.start);
    if (
      !segment ||
      segment.kind === 'speaker-turn' ||
      segment.turn !== undefined ||
      segment.kind === 'related-headline'
    )
      continue;
    const text = outsideQuotes(doc.text.slice(sentence.start, sentence.end));
    const speaks = SPEECH_VERB.test(text);
    const atEvent = AT_EVENT.exec(text);
    if (!speaks && !atEvent) continue;
    // the event the sentence says it was said at: the first attended one from "lors de" on,
    // outside quotes ("Cet accord ..., a jugé X lors d’un point de presse")
    const named = atEvent ? eventSaidAt(ctx, sentence, text, atEvent.index, speaks) : undefined;
    const toThePress = TO_THE_PRESS.test(text);
    const event =
      named ?? (unheaded && speaks ? primaryEvent(ctx, sentence.start, toThePress) : undefined);
    // "s’est entretenu par téléphone avec X" says nothing of a meeting the sentence names
    if (!event || (PHONE.test(text) && resolution.entities.get(event)?.format !== 'PHONE_CALL'))
      continue;
    const people = personMentionsIn(ctx, sentence.start, sentence.end);
    if (speaks && atEvent && isToldContent(people, sentence.start, text, atEvent.index)) continue;
    const subject = attendeesOf(ctx, people, { sentence, text, speaks, named, atEvent });
    // a quote in an unheaded report may come from an interview or a release: only a sentence that
    // names where it was said ("lors de la conférence de presse", "aux journalistes") gives SPOKE_AT
    const continued = saidAt?.event === event && sentence.start - saidAt.end <= CONTINUATION_REACH;
    // "Lors d’un entretien téléphonique, X a assuré à Y": a call, no speech at an event
    const onThePhone = resolution.entities.get(event)?.format === 'PHONE_CALL';
    // "a déclaré X à l’issue de sa rencontre avec Y": said after the sitting, to the press
    const saidAfter =
      atEvent !== null &&
      SAID_AFTER.test(atEvent[0]) &&
      resolution.entities.get(event)?.format !== 'PRESS_CONFERENCE';
    const reportOfSitting =
      unheaded && named === undefined && !toThePress && isReportedAtSitting(ctx, event, text);
    const saidThere =
      !onThePhone &&
      !saidAfter &&
      (named !== undefined ||
        toThePress ||
        AT_THE_EVENT.test(text) ||
        continued ||
        reportOfSitting);
    if (speaks && saidThere) saidAt = { event, end: sentence.end };
    for (const { key, mention } of subject) {
      out.push(attend(ctx, key, event, sentence, 'reported-attendance', { near: mention.start }));
      // a call is a conversation: its two sides attend it, nobody speaks at it
      if (
        speaks &&
        saidThere &&
        resolution.entities.get(event)?.format !== 'PHONE_CALL' &&
        key === speakerOf(people, sentence.start, text)?.key
      )
        out.push(assertion(ctx, 'SPOKE_AT', key, event, sentence, 'reported-speech'));
    }
  }
  return out;
}

/** "Y made a speech at the summit, X said": the event belongs to what X told of Y, who is named
 * before the cue while X speaks after it. */
function isToldContent<
  P extends { readonly key: string; readonly mention: { readonly start: number } },
>(people: readonly P[], offset: number, text: string, cueIndex: number): boolean {
  const speaker = speakerOf(people, offset, text);
  const cue = offset + cueIndex;
  return (
    speaker !== undefined &&
    speaker.mention.start > cue &&
    people.some((p) => p.key !== speaker.key && p.mention.start < cue)
  );
}

/** Who of a reported-speech sentence was there:
 * - "X a vu Y lors d’un séjour à Pékin, où il a remis une lettre de Z": all but those of a
 *   relative clause after "lors de";
 * - "..., a déclaré X lors de la conférence": the subject (the first two named);
 * - a quote in a report without headings: its speaker alone, and not a spokesperson, who
 *   announces a meeting rather than sits in it ("a précisé le porte-parole du ministère"). */
function attendeesOf<
  P extends { readonly key: string; readonly mention: { readonly start: number } },
>(
  ctx: RelateContext,
  people: readonly P[],
  said: {
    sentence: { start: number };
    text: string;
    speaks: boolean;
    named: string | undefined;
    atEvent: RegExpExecArray | null;
  },
): readonly P[] {
  const { sentence, text, speaks, named, atEvent } = said;
  if (!speaks) {
    const cue = atEvent?.index ?? 0;
    // "..., où il a remis une lettre du président Z": Z was not there
    const clause = RELATIVE_CLAUSE.exec(text.slice(cue));
    const limit = clause ? cue + clause.index : text.length;
    const within = people.filter((p) => p.mention.start - sentence.start < limit);
    return within;
  }
  // "X announced at a briefing that Y would attend": Y is what was said, not one present
  const verb = SPEECH_VERB.exec(text);
  const clause = verb ? REPORTED_CLAUSE.exec(text.slice(verb.index + verb[0].length)) : null;
  const limit = verb && clause ? verb.index + verb[0].length + clause.index : text.length;
  const subject = people.filter((p) => p.mention.start - sentence.start < limit).slice(0, 2);
  if (named) return subject;
  return subject.filter((p) => !SPOKESPERSON.test(roleOfPerson(ctx, p.key, p.mention.start) ?? ''));
}

/** How far a report goes on about the sitting it said its first speaker spoke at. */
const CONTINUATION_REACH = 600;
const RELATIVE_CLAUSE = /,\s*(?:où|qui|dont|lorsqu|where|which|who|when)(?![\p{L}])/u;
const SPOKESPERSON = /press|spokes|porte-parole/iu;
const REPORTED_CLAUSE = /(?<![\p{L}])(?:que|qu[’']|that)(?![\p{L}])/u;

const AT_CUE = /^at\s/iu;
/** How far after "at" its event starts: "at a regular press briefing", "at the plenary session". */
const AT_CUE_REACH = 20;

function eventSaidAt(
  ctx: RelateContext,
  sentence: { start: number; end: number },
  text: string,
  cueIndex: number,
  speaks: boolean,
): string | undefined {
  const attended = itemsWithin(
    eventsWithEntities(ctx),
    (e) => e,
    sentence.start,
    sentence.end,
  ).filter((e) => text[e.start - sentence.start] !== ' ' && isAttended(e.format));
  // "said at a time of tension that the summit ...": "at" names a place only right before it
  if (speaks && AT_CUE.test(text.slice(cueIndex)))
    return attended.find((e) => {
      const distance = e.start - sentence.start - cueIndex;
      return distance >= 0 && distance <= AT_CUE_REACH;
    })?.key;
  return (attended.find((e) => e.start - sentence.start >= cueIndex) ?? attended[0])?.key;
}

const WITH_ENTITIES = new WeakMap<
  RelateContext['resolution'],
  readonly { start: number; end: number; key: string; format: EventFormat }[]
>();

/** Every event mention that has an event, of any format, sorted by start, once per document. */
function eventsWithEntities(ctx: RelateContext) {
  let found = WITH_ENTITIES.get(ctx.resolution);
  if (!found) {
    found = ctx.recognised.events
      .flatMap((e, i) => {
        const key = ctx.resolution.eventEntity[i];
        return key ? [{ start: e.start, end: e.end, key, format: e.format }] : [];
      })
      .sort((a, b) => a.start - b.start);
    WITH_ENTITIES.set(ctx.resolution, found);
  }
  return found;
}

/** "a déclaré Raïssi" names its speaker right after the verb, "Xi Jinping a souligné" before it. */
const SPEAKER_REACH = 40;
const TOLD = /^told$/iu;
/** What comes between the verb and the one spoken to: " à ", " au président ", " à son homologue
 * russe ", not a place: " à Moscou le président ". */
const ADDRESSEE = /^\s*(?:à|au|aux|to)\s+(?:(?:M\.|Mme|Mr\.?)\s+)?(?:\p{Ll}[\p{L}’'-]*\s+){0,4}$/u;

function speakerOf<
  P extends { readonly key: string; readonly mention: { readonly start: number } },
>(people: readonly P[], offset: number, text: string): P | undefined {
  const verb = SPEECH_VERB.exec(text);
  if (!verb) return undefined;
  const at = offset + verb.index;
  const end = at + verb[0].length;
  const after = people.find((p) => p.mention.start >= end);
  const between = after ? text.slice(end - offset, after.mention.start - offset) : '';
  // "X told Y", "a assuré à Y": the one after the verb is spoken to (not in '... told me," Y said')
  const addressed = (TOLD.test(verb[0]) && !/[,"»”]/u.test(between)) || ADDRESSEE.test(between);
  if (after && after.mention.start - end <= SPEAKER_REACH && !addressed) return after;
  return people.filter((p) => p.mention.start < at).at(-1);
}

function isAttended(format: EventFormat | undefined): boolean {
  return format !== undefined && !UNATTENDED_FORMATS.includes(format);
}

/** A report without headings is about its first meeting or talks; a word to the press is said at its press conference. */
export function primaryEvent(
  ctx: RelateContext,
  before: number,
  toThePress: boolean,
): string | undefined {
  const { recognised, resolution } = ctx;
  // a body's sitting merged with its summit keeps its speakers ("Dans son discours, le président")
  const formats = toThePress
    ? ['PRESS_CONFERENCE']
    : ['MEETING', 'TALKS', 'SUMMIT', 'VIDEOCONFERENCE'];
  const candidates = recognised.events
    .map((e, i) => ({ e, key: resolution.eventEntity[i] }))
    .filter(
      ({ e, key }) =>
        key &&
        formats.includes(resolution.entities.get(key as string)?.format ?? '') &&
        e.start < before + 2000,
    );
  return candidates[0]?.key;
}

/** The press conference's own words in its mention, after which its holder is named. */
const PRESS_KEYWORD =
  /(?:conférence de presse|point (?:de )?presse|déclarations? à la presse|(?:press|news) conference|press briefing|briefing|press statements?)/iu;
/** What names a press conference's holder right after it: "by the", "du président", "given by". */
const HELD_BY =
  /^\s*(?:(?:given|held) by|by|of|donnée par|tenue par|de|du|d[’'])\s*(?:[\p{L}.-]+\s+){0,4}$/iu;
/** "Putin’s news conference": the holder's possessive right before it. */
const HOLDER_POSSESSIVE = /^[’']s\s+(?:[\p{L}-]+\s+)?$/u;
/** How far after a press conference its holder may be named ("by the President of Russia"). */
const HOLDER_REACH = 60;

/** "a news conference by the President of Kyrgyzstan", "la conférence de presse de Vladimir
 * Poutine", "Putin’s press conference" -> the holder ATTENDED and SPOKE_AT it. */
export function relatePressConferenceHolders(ctx: RelateContext): Assertion[] {
  const { doc, recognised, resolution } = ctx;
  const out: Assertion[] = [];
  recognised.events.forEach((e, i) => {
    const event = resolution.eventEntity[i];
    if (!event || e.format !== 'PRESS_CONFERENCE' || e.otherOccurrence) return;
    const sentence = sentencesOf(doc).find((s) => s.start <= e.start && e.start < s.end);
    if (!sentence) return;
    const keyword = PRESS_KEYWORD.exec(doc.text.slice(e.start, e.end));
    const keywordEnd = e.start + (keyword ? keyword.index + keyword[0].length : e.end - e.start);
    const reach = Math.min(sentence.end, keywordEnd + HOLDER_REACH);
    const holders = participantsIn(ctx, sentence.start, reach).filter(
      (p) =>
        (p.start >= keywordEnd && HELD_BY.test(doc.text.slice(keywordEnd, p.start))) ||
        (p.end <= e.start && HOLDER_POSSESSIVE.test(doc.text.slice(p.end, e.start))),
    );
    for (const p of holders.slice(0, 1)) {
      out.push(attend(ctx, p.key, event, sentence, 'press-conference-holder', { near: p.start }));
      out.push(assertion(ctx, 'SPOKE_AT', p.key, event, sentence, 'press-conference-holder'));
    }
  });
  return out;
}
