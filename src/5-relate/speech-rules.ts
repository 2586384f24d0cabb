// Who spoke where: speaker turns ("Président russe Vladimir Poutine : ...") and reported speech
// ("a déclaré Vladimir Poutine lors d’une conférence de presse") give ATTENDED and SPOKE_AT.

import { UNATTENDED_FORMATS } from '../lexicon/index.js';
import { wholeWords } from '../patterns.js';
import { spanAt } from '../spans.js';
import type { EventFormat } from '../types.js';
import { attend } from './attend.js';
import { assertion, itemsWithin, personMentionsIn, roleOfPerson } from './helpers.js';
import { sentencesOf } from './sentences.js';
import { outsideQuotes } from './patterns.js';
import type { Assertion, RelateContext } from './types.js';

const QUESTION = /\?|\bquestion\b|\bBonjour\b/u;
// \b is ASCII-only: after "déclaré" or "à" the end of a word is a lookahead for a non-letter.
const SPEECH_VERB =
  /(?<![\p{L}])(?:a|ont)\s+(?:(?:quant à (?:lui|elle|eux)|pour sa part|de son côté|également|aussi|ensuite|encore)\s*,?\s+)?(?:déclaré|noté|souligné|indiqué|affirmé|dit|ajouté|annoncé|cité|estimé|rappelé)(?![\p{L}])|(?<![\p{L}])(?:said|stated|noted|told)(?![\p{L}])/u;
// "lors d’un entretien téléphonique", "during the talks", "in a phone call on Tuesday, X told Y"
const AT_EVENT =
  /(?<![\p{L}])(?:(?:lors|à l[’']issue|au cours)\s+(?:d[’']|(?:de|du|des)(?![\p{L}]))|(?:pendant|assistent à|assiste à|participe à|participent à|during|at the)(?![\p{L}])|(?<![\p{L}])in (?:a|an|the|their)(?= (?:(?:phone|telephone|video) )?(?:call|conversation)(?![\p{L}])))/iu;

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
const TO_THE_PRESS =
  /(?<![\p{L}])(?:aux journalistes|à la presse|aux médias|to (?:the )?(?:reporters|journalists|press))(?![\p{L}])/iu;

/** "Président russe Vladimir Poutine : ..." -> ATTENDED and SPOKE_AT the section's event. */
export function relateSpeakers(ctx: RelateContext): Assertion[] {
  const { structure, resolution } = ctx;
  return structure.segments.flatMap((segment, index) => {
    if (segment.kind !== 'speaker-turn' || !segment.label) return [];
    const event = resolution.sectionEvent.get(segment.section);
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
    const named = atEvent ? eventSaidAt(ctx, sentence, text, atEvent.index) : undefined;
    const toThePress = TO_THE_PRESS.test(text);
    const event =
      named ?? (unheaded && speaks ? primaryEvent(ctx, sentence.start, toThePress) : undefined);
    // "s’est entretenu par téléphone avec X" says nothing of a meeting the sentence names
    if (!event || (PHONE.test(text) && resolution.entities.get(event)?.format !== 'PHONE_CALL'))
      continue;
    const people = personMentionsIn(ctx, sentence.start, sentence.end);
    const subject = attendeesOf(ctx, people, { sentence, text, speaks, named, atEvent });
    // a quote in an unheaded report may come from an interview or a release: only a sentence that
    // names where it was said ("lors de la conférence de presse", "aux journalistes") gives SPOKE_AT
    const continued = saidAt?.event === event && sentence.start - saidAt.end <= CONTINUATION_REACH;
    const saidThere = named !== undefined || toThePress || AT_THE_EVENT.test(text) || continued;
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
  const subject = people.slice(0, 2);
  if (named) return subject;
  return subject.filter((p) => !SPOKESPERSON.test(roleOfPerson(ctx, p.key, p.mention.start) ?? ''));
}

/** How far a report goes on about the sitting it said its first speaker spoke at. */
const CONTINUATION_REACH = 600;
const RELATIVE_CLAUSE = /,\s*(?:où|qui|dont|lorsqu|where|which|who|when)(?![\p{L}])/u;
const SPOKESPERSON = /press|spokes|porte-parole/iu;

function eventSaidAt(
  ctx: RelateContext,
  sentence: { start: number; end: number },
  text: string,
  cueIndex: number,
): string | undefined {
  const attended = itemsWithin(
    eventsWithEntities(ctx),
    (e) => e,
    sentence.start,
    sentence.end,
  ).filter((e) => text[e.start - sentence.start] !== ' ' && isAttended(e.format));
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

function speakerOf<
  P extends { readonly key: string; readonly mention: { readonly start: number } },
>(people: readonly P[], offset: number, text: string): P | undefined {
  const verb = SPEECH_VERB.exec(text);
  if (!verb) return undefined;
  const at = offset + verb.index;
  const end = at + verb[0].length;
  const after = people.find((p) => p.mention.start >= end);
  // "said Putin" names the speaker after the verb; "X told Putin", whom X spoke to ("told me
  // about this," said Y names the speaker)
  const addressee =
    verb[0] === 'told' &&
    after !== undefined &&
    /^[^.,;:!?"«»“”]*$/u.test(text.slice(end - offset, after.mention.start - offset));
  if (after && after.mention.start - end <= SPEAKER_REACH && !addressee) return after;
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
