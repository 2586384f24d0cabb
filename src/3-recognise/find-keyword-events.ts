// Events in running text: a noun phrase around a format keyword ("le sommet de l’OCS à
// Astana"), with its date, places and organisation when the sentence gives them.

import type { Segment } from '../2-segment/types.js';
import { foldText } from '../4-resolve/normalise.js';
import {
  ARRIVAL_FOR_GATHERING,
  EVENT_LEVELS,
  MAINTAINED_THINGS,
  NOT_ARRIVAL_OBJECTS,
  NOT_MET_OBJECTS,
  OTHER_OCCURRENCE_WORDS,
} from '../lexicon/index.js';
import { isGuardedKeyword, withGuardedObject, withPhoneMeans } from './guarded-keywords.js';
import type { EventFormat } from '../types.js';
import { alternation } from '../patterns.js';
import { firstStartingFrom, spanAt } from '../spans.js';
import type { Span } from '../types.js';
import type { DateMention } from './dates/find-dates.js';
import {
  KEYWORD_PATTERN,
  NATURALLY_PLURAL,
  formatOf,
  isVerbKeyword,
  namedEventOf,
  needsAuxiliary,
  needsPersonObject,
} from './event-keywords.js';
import { isReportedParticiple, withoutSigningsOfTreaties } from './reported-participle.js';
import { demonstrativeOrganisation } from './demonstrative-organisation.js';
import { extendLeft, extendRight } from './event-phrase.js';
import { sentenceOf } from './sentence-of.js';
import type { EventContext } from './find-events.js';
import {
  findFrontedPlace,
  findHostPlaces,
  findPlacesHeldAfter,
  findPlacesInPhrase,
} from './event-places.js';
import { findFormatPlaces } from './format-places.js';
import type { EventMention, Mention } from './types.js';
import { isHonorific, isRepeatedMeeting, isSpeakersOwnMeeting } from './reported-meeting.js';
import { receivesPerson } from './reception-object.js';

const SKIPPED_SEGMENTS = new Set<Segment['kind']>([
  'event-heading',
  'title',
  'related-headline',
  'date-line',
  'counter',
  'source-url',
  'boilerplate',
  'separator',
]);
const HOLDING_VERB =
  /(?:se tiendra|se tiendront|aura lieu|auront lieu|se déroulera|a eu lieu|s[’']est tenue?|will be held|took place)\s+(?:à|en|in)\s+/i;
const OTHER_OCCURRENCE = new RegExp(
  `(?<![\\p{L}])(?:${alternation(OTHER_OCCURRENCE_WORDS)})(?![\\p{L}])`,
  'iu',
);
/** "l’entretien de cet hélicoptère", "l’entretien des routes": upkeep, read on the folded text. */
const UPKEEP_OBJECT = new RegExp(
  `^\\s+(?:de|du|des|d[’'])\\s*(?:l[’']|la|le|les|ce|cet|cette|ces|son|sa|ses|leur|leurs|nos|vos)?\\s*(?:${alternation(MAINTAINED_THINGS.map(foldText))})`,
  'u',
);
/** "d’en assurer l’entretien", "les frais d’entretien": upkeep by the words before it. */
const UPKEEP_BEFORE =
  /(?:assurer|assure|assurent|effectuer|garantir|frais|couts?|services?|travaux)\s+(?:l'|d')?$/u;
/** "la présidentielle", "la récente présidentielle" name the election; "l’administration
 * présidentielle" is an adjective of its noun (folded text). */
const ELECTION_NOUN_BEFORE =
  /(?:^|[\s'])(?:la|cette|une|l'|prochaine|recente|derniere|future|precedente|premiere)\s+$/u;
/** "arrivé au pouvoir", "arrivés à un accord": no arrival anywhere, read on the folded text. */
const NOT_ARRIVAL = new RegExp(
  `^\\s*(?:à|au|aux|a|at|in|to)?\\s*(?:un|une|l'|la|le)?\\s*(?:${alternation(NOT_ARRIVAL_OBJECTS.map(foldText))})(?![\\p{L}])`,
  'u',
);
/** "was met at the airport by", "met the press", "met with criticism": no sitting (folded text). */
const MET_PASSIVE_BEFORE =
  /(?:^|\s)(?:was|were|been|being|be|is|are|ete|est|sont|etait|etaient)\s+(?:\p{L}+\s+)?$/u;
/** "They met at a summit", "met during the forum", "met in narrow format": the event named. */
function metAtEvent(folded: string, verbEnd: number): boolean {
  const after = /^\s+(?:at|during|in)\s+[^.;,!?\n]{0,30}/u.exec(
    folded.slice(verbEnd, verbEnd + 40),
  );
  if (!after) return false;
  KEYWORD_PATTERN.lastIndex = 0;
  const named = KEYWORD_PATTERN.test(after[0]);
  KEYWORD_PATTERN.lastIndex = 0;
  return named;
}

const WITH_AFTER = /^\s*(?:with|avec)\s/iu;

const NOT_MET = new RegExp(
  `^\\s*(?:with\\s+)?(?:${alternation(NOT_MET_OBJECTS.map(foldText))})(?![\\p{L}])`,
  'u',
);
const DATE_DISTANCE = 70;
const MET_VERBS: ReadonlySet<string> = new Set(['met', 'met with', 'meets']);
/** What stands between a verb's phrase and the place after its object: a name, "à". */
const VERB_OBJECT_GAP = /^[^.;,!?\n]{0,60}$/u;
/** "la présidentielle du 9 août", "la Grande Guerre patriotique de 1941-1945": right after it. */
const OWN_DATE_DISTANCE = 6;
const OWN_DATE_FORMATS = new Set<EventFormat>([
  'WAR',
  'ELECTION',
  'INCIDENT',
  'MILITARY_OPERATION',
]);

export function findKeywordEvents(ctx: EventContext): EventMention[] {
  const { text, structure, mentions } = ctx;
  const folded = foldText(text);
  const out: EventMention[] = [];
  const organisations = mentions.filter((m) => m.type === 'Organisation');
  const participles = new Set<EventMention>();
  let coveredUntil = -1;
  for (const hit of folded.matchAll(KEYWORD_PATTERN)) {
    if (hit.index < coveredUntil) continue;
    // "Organisation du Traité de sécurité collective": a keyword inside a name is no event
    if (spanAt(organisations, hit.index)) continue;
    const segment = spanAt(structure.segments, hit.index);
    if (!segment || SKIPPED_SEGMENTS.has(segment.kind)) continue;
    if (
      hit[0] === 'entretien' &&
      (UPKEEP_OBJECT.test(folded.slice(hit.index + hit[0].length, hit.index + 60)) ||
        UPKEEP_BEFORE.test(folded.slice(Math.max(0, hit.index - 24), hit.index)))
    )
      continue;
    if (
      hit[0] === 'presidentielle' &&
      !ELECTION_NOUN_BEFORE.test(folded.slice(Math.max(0, hit.index - 24), hit.index))
    )
      continue;
    const keywordEnd = hit.index + hit[0].length;
    if (
      formatOf(hit[0]) === 'ARRIVAL' &&
      NOT_ARRIVAL.test(folded.slice(keywordEnd, keywordEnd + 30))
    )
      continue;
    const passive = MET_PASSIVE_BEFORE.test(folded.slice(Math.max(0, hit.index - 24), hit.index));
    if (
      (hit[0] === 'met' || hit[0] === 'met with') &&
      (passive ||
        NOT_MET.test(folded.slice(keywordEnd, keywordEnd + 30)) ||
        metAtEvent(folded, keywordEnd))
    )
      continue;
    if (
      needsPersonObject(hit[0]) &&
      !receivesPerson(folded, mentions, hit.index, keywordEnd, passive)
    )
      continue;
    // "The Eurasian Intergovernmental Council met in Almaty": a body's sitting (find-body-sittings.ts)
    if (MET_VERBS.has(hit[0]) && organisationBefore(text, mentions, hit.index) >= 0) continue;
    if (isGuardedKeyword(folded, hit[0], hit.index, keywordEnd, sentenceOf(text, hit.index).start))
      continue;
    const inSpeech = segment.kind === 'speaker-turn' || segment.turn !== undefined;
    if (
      needsAuxiliary(hit[0]) &&
      !isReportedParticiple(folded, hit.index, keywordEnd, ctx.dates, inSpeech)
    )
      continue;
    const built = buildKeywordMention(ctx, hit.index, keywordEnd, segment);
    if (!built) continue;
    const mention = withGuardedObject(
      text,
      folded,
      withPhoneMeans(text, folded, built, sentenceOf(text, hit.index)),
    );
    // "signed the Agreement on the establishment of ...": the signed document is an event of its own
    coveredUntil = needsAuxiliary(hit[0]) ? keywordEnd : mention.end;
    if (needsAuxiliary(hit[0])) participles.add(mention);
    out.push(mention);
  }
  return withoutSigningsOfTreaties(text, out, participles);
}

function buildKeywordMention(
  ctx: EventContext,
  start: number,
  keywordEnd: number,
  segment: Segment,
): EventMention | undefined {
  const { text, mentions, dates } = ctx;
  const keyword = foldText(text.slice(start, keywordEnd));
  const verb = isVerbKeyword(keyword);
  const { end: phraseEnd, cuts } = extendRight(
    text,
    keywordEnd,
    Math.min(segment.end, sentenceOf(text, start).end),
    verb,
    (offset) => spanAt(mentions, offset) !== undefined,
  );
  const phraseStart = verb
    ? start
    : startOfNameAt(mentions, extendLeft(text, start, segment.start));
  const phrase = text.slice(phraseStart, phraseEnd);
  const format = formatOf(phrase);
  if (!format) return undefined;
  // "pourparlers élargis", "restricted talks": the head noun is French first, English last
  // "se sont entretenus" is one sitting, "sont arrivés" several arrivals
  const plural =
    !(verb && format !== 'ARRIVAL') &&
    /s$/u.test(keyword) &&
    !keyword.split(' ').some((w) => NATURALLY_PLURAL.has(w));
  const sentence = sentenceOf(text, start);
  const phraseSpan = { start: phraseStart, end: phraseEnd };
  const inPhrase = findPlacesInPhrase(text, mentions, phraseSpan, keywordEnd, format);
  const placeIndices =
    inPhrase.length > 0
      ? inPhrase
      : findFormatPlaces(text, mentions, phraseSpan, keywordEnd, format);
  const held = HOLDING_VERB.exec(text.slice(sentence.start, phraseStart));
  const heldPlaces: number[] = [];
  if (held) {
    for (
      let i = firstStartingFrom(mentions, sentence.start + held.index);
      i < mentions.length;
      i++
    ) {
      const m = mentions[i] as Mention;
      if (m.end > phraseStart) break;
      if (m.type === 'Place' && !m.adjective) heldPlaces.push(i);
    }
  }
  // "sommet de l’OCS", and in English order "the SCO summit", "CSTO Summit"
  // "received Russian Security Council Secretary X": the body is the guest's, not the sitting's
  const namedOrganisation = needsPersonObject(keyword)
    ? -1
    : firstOrganisationIn(mentions, keywordEnd, nextPhraseStart(text, keywordEnd, phraseEnd));
  const orgBefore = namedOrganisation >= 0 || verb ? -1 : organisationBefore(text, mentions, start);
  const orgIndex =
    namedOrganisation >= 0
      ? namedOrganisation
      : orgBefore >= 0
        ? orgBefore
        : demonstrativeOrganisation(phrase, phraseStart, mentions);
  // "la guerre ... le 19 septembre": a war, a treaty or an election takes only its own date
  const near = OWN_DATE_FORMATS.has(format)
    ? nearestDate(dates, phraseSpan, sentence, OWN_DATE_DISTANCE)
    : nearestDate(dates, phraseSpan, sentence);
  // "est arrivé mardi à Astana pour assister au 24e sommet": mardi is the arrival's day
  const date =
    near &&
    near.end <= phraseStart &&
    EVENT_LEVELS[format] === 'gathering' &&
    ARRIVAL_FOR_GATHERING.test(foldText(text.slice(sentence.start, phraseStart)))
      ? undefined
      : near;
  // "XIe Forum des régions", "Jour de l’Indépendance": a capitalised word that is no entity's name
  // "rencontré Mr. Raïssi": an honorific is no proper name
  const hasProperName = [...phrase.matchAll(/(?<![\p{L}])[A-ZÀ-Ý][\p{L}]*/gu)].some((w) => {
    const at = phraseStart + w.index;
    return (
      text.slice(sentence.start, at).trim() !== '' && !spanAt(mentions, at) && !isHonorific(w[0])
    );
  });
  const placedHere = placeIndices.length > 0 || heldPlaces.length > 0;
  const heldRightAfter = placedHere
    ? []
    : findPlacesHeldAfter(text, mentions, phraseEnd, sentence.end);
  // "un entretien avec X à Astana", "a meeting with X in Astana": the place after the person met
  const metWith = verb || WITH_AFTER.test(text.slice(phraseEnd, phraseEnd + 8));
  const heldAfter =
    metWith && !placedHere && heldRightAfter.length === 0
      ? findPlacesHeldAfter(text, mentions, objectEnd(text, mentions, phraseEnd), sentence.end)
      : heldRightAfter;
  const hosts =
    placedHere || heldAfter.length > 0
      ? []
      : findHostPlaces(text, mentions, sentence, phraseStart, format);
  const found = [...placeIndices, ...heldPlaces, ...heldAfter, ...hosts];
  // "Le 3 juin à Astana, X a rencontré Y": the place the sentence opens on
  const places =
    verb && found.length === 0 ? findFrontedPlace(text, mentions, sentence, phraseStart) : found;
  // "a rencontré son homologue kazakh Kassym-Jomart Tokaïev à Astana": the verb's phrase runs to
  // the place right after its object
  const placeAfterObject = verb ? mentions[heldAfter[0] ?? -1] : undefined;
  const phraseObjectEnd =
    placeAfterObject && VERB_OBJECT_GAP.test(text.slice(phraseEnd, placeAfterObject.start))
      ? placeAfterObject.end
      : phraseEnd;
  const end = withCountryAdjective(text, mentions, phraseObjectEnd);
  return {
    start: phraseStart,
    end,
    surface: text.slice(phraseStart, end),
    // "négociations" alone is not "négociations au format élargi": a shorter reading keeps the format
    shorter: [...cuts, ...(end > phraseEnd ? [phraseEnd] : [])].filter(
      (cut) => formatOf(text.slice(phraseStart, cut)) === format,
    ),
    rule: 'event-keyword',
    format,
    ...(date ? { date: date.date, ...(date.endDate ? { endDate: date.endDate } : {}) } : {}),
    places,
    ...(orgIndex >= 0 ? { organisation: orgIndex } : {}),
    anchored: date !== undefined || places.length > 0 || orgIndex >= 0 || hasProperName,
    // "j’ai rencontré X à plusieurs reprises": several meetings of the speaker's past
    plural: plural || (verb && isRepeatedMeeting(text, end, keywordEnd)),
    otherOccurrence:
      OTHER_OCCURRENCE.test(text.slice(phraseStart, start)) ||
      (verb && isSpeakersOwnMeeting(text, start)),
    ...(verb ? { verb } : {}),
    ...(namedEventOf(keyword) ? { properName: namedEventOf(keyword) } : {}),
  };
}
/** "met with his Belarusian counterpart | Viktor Khrenin | in Minsk": a verb's place comes after
 * the person it governs, however long the title before the name; else right after the phrase. */
function objectEnd(text: string, mentions: readonly Mention[], phraseEnd: number): number {
  for (let i = firstStartingFrom(mentions, phraseEnd); i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    if (!VERB_OBJECT_GAP.test(text.slice(phraseEnd, m.start))) break;
    if (m.type === 'Person') return m.end;
    if (m.type === 'Place' && !m.adjective) break;
  }
  return phraseEnd;
}

export function nearestDate(
  dates: readonly DateMention[],
  phrase: Span,
  sentence: Span,
  maxDistance = DATE_DISTANCE,
): DateMention | undefined {
  const distance = (d: DateMention) =>
    d.start >= phrase.end ? d.start - phrase.end : d.end <= phrase.start ? phrase.start - d.end : 0;
  return dates
    .filter((d) => d.start >= sentence.start && d.end <= sentence.end && distance(d) <= maxDistance)
    .sort((a, b) => distance(a) - distance(b))[0];
}

/** How far past a phrase the next keyword is looked for (it must follow the phrase at once). */
const NEXT_KEYWORD_REACH = 40;

/** "arrived in Astana for the SCO | summit": where the phrase of the event right after this one
 * starts, its modifiers ("SCO") included, when that is before `to`. */
function nextPhraseStart(text: string, from: number, to: number): number {
  const after = foldText(text.slice(to, to + NEXT_KEYWORD_REACH));
  KEYWORD_PATTERN.lastIndex = 0;
  const next = KEYWORD_PATTERN.exec(after);
  KEYWORD_PATTERN.lastIndex = 0;
  if (!next || after.slice(0, next.index).trim() !== '') return to;
  return Math.min(to, extendLeft(text, to + next.index, from));
}

/** "the Collective Security Treaty Organization summit": a phrase does not start inside a name. */
function startOfNameAt(mentions: readonly Mention[], at: number): number {
  const name = spanAt(mentions, at);
  return name && name.start < at ? name.start : at;
}

/** "the SCO summit", "the Shanghai Cooperation Organization (SCO) summit": the organisation
 * written right before the keyword, English order. */
const BETWEEN_ORGANISATION_AND_KEYWORD = /^\s*(?:\(\s*[\p{Lu}\p{N}-]{2,12}\s*\)\s*|\)\s*)?$/u;

function organisationBefore(text: string, mentions: readonly Mention[], keyword: number): number {
  for (let i = firstStartingFrom(mentions, keyword) - 1; i >= 0; i--) {
    const m = mentions[i] as Mention;
    if (m.end > keyword) continue;
    if (m.type !== 'Organisation') return -1;
    return BETWEEN_ORGANISATION_AND_KEYWORD.test(text.slice(m.end, keyword)) ? i : -1;
  }
  return -1;
}

/** Index of the first Organisation mention inside [from, to) ("sommet | de l’OCS"), else -1. */
function firstOrganisationIn(mentions: readonly Mention[], from: number, to: number): number {
  for (let i = firstStartingFrom(mentions, from); i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    if (m.start >= to) break;
    if (m.type === 'Organisation' && m.end <= to) return i;
  }
  return -1;
}

/** "dans la capitale | iranienne": a place's country adjective right after it belongs to the phrase. */
function withCountryAdjective(text: string, mentions: readonly Mention[], end: number): number {
  const i = firstStartingFrom(mentions, end);
  const place = mentions[i - 1];
  const next = mentions[i];
  if (!place || place.end !== end || place.type !== 'Place' || place.adjective) return end;
  return next?.type === 'Place' && next.adjective && /^\s+$/u.test(text.slice(end, next.start))
    ? next.end
    : end;
}
