// PART_OF between the events of one report written in running text: "la réunion en format
// restreint" within the summit or the council's meeting, "les entretiens" within the visit,
// "la séance plénière" within the forum. A part joins the one event of the nearest level above.

import { isReceptionPhrase } from '../3-recognise/event-keywords.js';
import { sentenceOf } from '../3-recognise/sentence-of.js';
import { daysBetween } from '../4-resolve/event-days.js';
import { namesAMinistersGathering } from '../4-resolve/gathering-coreference.js';
import type { ResolvedEntity } from '../4-resolve/types.js';
import { EVENT_LEVELS } from '../lexicon/index.js';
import { assertion } from './helpers.js';
import type { Assertion, RelateContext } from './types.js';

type Level = 'part' | 'session' | 'gathering' | 'visit' | 'tour';

/** "séance plénière", "plenary session": a session that is a part of its gathering. */
const PLENARY = /pl[ée]ni[èe]re|plenary/iu;
/** "une tournée en Afrique", "his tour of Central Asia": a visit made of visits. */
const TOUR = /tourn[ée]e|(?<![\p{L}])tour(?![\p{L}])/iu;

/** Where each level looks for its parent, nearest first. */
const PARENT_LEVELS: Readonly<Record<Level, readonly Level[]>> = {
  part: ['gathering', 'session', 'visit'],
  session: ['visit'],
  gathering: [],
  visit: ['tour'],
  tour: [],
};

/** A part named with a talks noun ("entretiens en format restreint", "talks in a small format")
 * looks for its talks before the gathering they are held at. */
const TALKS_NOUN = /entretiens?|pourparlers|n[ée]gociations|talks|negotiations/iu;
const TALKS_FORMATS: ReadonlySet<string> = new Set(['TALKS', 'NEGOTIATIONS']);
const TALKS_PARTS: ReadonlySet<string> = new Set(['RESTRICTED_TALKS', 'EXPANDED_TALKS']);

/** A summit or forum held on the part's day (or any, when the part has no day): its talks
 * formats are the gathering's ("la réunion en format restreint" of the summit). */
function gatheringOfItsDay(child: ResolvedEntity, events: readonly ResolvedEntity[]): boolean {
  const day = child.start?.slice(0, 10);
  return events.some(
    (e) => levelOf(e) === 'gathering' && (!day || !e.start || e.start.slice(0, 10) === day),
  );
}

export function relateSubEventsInText(ctx: RelateContext): Assertion[] {
  const events = [...ctx.resolution.entities.values()].filter(
    (e) => e.type === 'Event' && e.format && EVENT_LEVELS[e.format],
  );
  const receptions = receptionEvents(ctx);
  const out: Assertion[] = [];
  for (const child of events) {
    if (child.section !== undefined || child.mentions.length === 0) continue;
    // "X a reçu Y", told near a visit or on a summit's day, is within it only where its sentence
    // says so ("en marge du sommet", "lors de la visite": sideline-rules.ts)
    if (receptions.has(child.key)) continue;
    const first = child.mentions[0];
    if (!first) continue;
    const sentence = sentenceOf(ctx.doc.text, first.start);
    // "Avant la réunion consultative, X a tenu des consultations": the sitting it was held beside
    const countries = (e: ResolvedEntity) => countriesOf(ctx, e);
    const occasion = occasionBefore(ctx, child, sentence, first.start);
    // "Avant les entretiens, X a organisé une cérémonie de bienvenue": a sibling of the talks,
    // within the visit they are a part of
    const beside =
      SIBLING_FORMATS.has(child.format ?? '') &&
      (occasion ??
        child.mentions
          .map((m) => talksBesideIt(ctx, child, sentenceOf(ctx.doc.text, m.start), m.end))
          .find(Boolean));
    const talksPart =
      TALKS_PARTS.has(child.format ?? '') &&
      (TALKS_NOUN.test(ctx.doc.text.slice(sentence.start, sentence.end)) ||
        [...child.aliases].some((a) => TALKS_NOUN.test(a)));
    const usual = occasion ?? findParent(child, events, countries, talksPart);
    const parent = beside && usual ? (findParent(beside, events, countries) ?? usual) : usual;
    if (!parent) continue;
    out.push(
      assertion(
        ctx,
        'PART_OF',
        child.key,
        parent.key,
        evidenceOf(ctx, sentence, first, parent),
        'sub-event-in-text',
        {},
        0.7,
      ),
    );
  }
  return out;
}

/** The events only reception verbs tell ("a reçu", "received", "a été reçu par"). */
function receptionEvents(ctx: RelateContext): Set<string> {
  const told = new Map<string, boolean>();
  ctx.recognised.events.forEach((e, i) => {
    const key = ctx.resolution.eventEntity[i];
    if (key) told.set(key, (told.get(key) ?? true) && isReceptionPhrase(e.surface));
  });
  return new Set([...told].filter(([, only]) => only).map(([key]) => key));
}

const SHORT_EXTRA = 12;

/** The child's sentence, or, when that sentence is only the child's phrase, the text from the
 * parent's first mention to it: a quote must say more than one end's name. */
function evidenceOf(
  ctx: RelateContext,
  sentence: { start: number; end: number },
  first: { start: number; end: number },
  parent: ResolvedEntity,
): { start: number; end: number } {
  const bare = ctx.doc.text.slice(sentence.start, sentence.end).trim();
  const other = parent.mentions[0];
  // "a rencontré" alone on its line: the phrase and an auxiliary at most
  if (bare.length > first.end - first.start + SHORT_EXTRA || !other) return sentence;
  return {
    start: Math.min(sentence.start, other.start),
    end: Math.max(sentence.end, other.end),
  };
}

/** "Avant la réunion", "Before the consultative meeting": the sentence of the child's first mention opens so. */
const BEFORE_OR_AFTER =
  /^\s*(?:avant|après|before|after|ahead\s+of|prior\s+to)\s+(?:la\s+|le\s+|les\s+|l[’']|the\s+)?(?:\p{Ll}+\s+){0,2}$/iu;

/** The session or gathering named right after "Avant"/"After" at the start of the sentence. */
function occasionBefore(
  ctx: RelateContext,
  child: ResolvedEntity,
  sentence: { start: number; end: number },
  at: number,
): ResolvedEntity | undefined {
  const { recognised, resolution, doc } = ctx;
  const i = recognised.events.findIndex(
    (e) =>
      e.start >= sentence.start &&
      e.end <= at &&
      BEFORE_OR_AFTER.test(doc.text.slice(sentence.start, e.start)),
  );
  const key = i >= 0 ? resolution.eventEntity[i] : undefined;
  const occasion = key && key !== child.key ? resolution.entities.get(key) : undefined;
  const level = occasion ? levelOf(occasion) : undefined;
  return level === 'session' || level === 'gathering' ? occasion : undefined;
}

/** Occasions told before or after the talks, not within them. */
const SIBLING_FORMATS: ReadonlySet<string> = new Set(['CEREMONY', 'PRESS_CONFERENCE']);
/** "a welcome ceremony for Xi before the talks": the cue right before the talks' name. */
const BEFORE_OR_AFTER_END =
  /(?:avant|après|before|after|ahead\s+of|prior\s+to)\s+(?:la\s+|le\s+|les\s+|l[’']|the\s+)?$/iu;
const CUE_REACH = 20;

/** The talks named after the child in its sentence, right after "before"/"après". */
function talksBesideIt(
  ctx: RelateContext,
  child: ResolvedEntity,
  sentence: { start: number; end: number },
  from: number,
): ResolvedEntity | undefined {
  const { recognised, resolution, doc } = ctx;
  const i = recognised.events.findIndex(
    (e) =>
      e.start >= from &&
      e.end <= sentence.end &&
      BEFORE_OR_AFTER_END.test(doc.text.slice(Math.max(from, e.start - CUE_REACH), e.start)),
  );
  const key = i >= 0 ? resolution.eventEntity[i] : undefined;
  const talks = key && key !== child.key ? resolution.entities.get(key) : undefined;
  return talks && levelOf(talks) === 'session' ? talks : undefined;
}

function levelOf(e: ResolvedEntity): Level | undefined {
  const level = e.format ? EVENT_LEVELS[e.format] : undefined;
  // "la séance plénière du Forum" is a part of the forum, not a meeting of its own; "la séance
  // plénière" told as the ministers' meeting itself is that meeting
  if (
    level === 'session' &&
    [...e.aliases].some((a) => PLENARY.test(a)) &&
    !namesAMinistersGathering(e.aliases)
  )
    return 'part';
  if (level === 'visit' && [...e.aliases].some((a) => TOUR.test(a))) return 'tour';
  return level;
}

function findParent(
  child: ResolvedEntity,
  events: readonly ResolvedEntity[],
  countries: (e: ResolvedEntity) => Set<string>,
  talksPart = false,
): ResolvedEntity | undefined {
  const level = levelOf(child);
  if (!level) return undefined;
  // "des entretiens en format restreint", "the talks were held in a small format": a part of
  // the talks of its day, even on a summit's day
  if (level === 'part' && talksPart && !gatheringOfItsDay(child, events)) {
    const talks = events.filter(
      (e) => e !== child && TALKS_FORMATS.has(e.format ?? '') && datesFit(child, e),
    );
    if (talks.length === 1) return talks[0];
  }
  for (const parentLevel of PARENT_LEVELS[level]) {
    if (!mayNestIn(child, parentLevel)) continue;
    const candidates = events.filter(
      (e) =>
        e !== child &&
        levelOf(e) === parentLevel &&
        // "la session restreinte du Conseil": a body's part is not within a meeting of no such body
        !(
          parentLevel === 'session' &&
          child.organisation &&
          e.organisation !== child.organisation
        ) &&
        // a plenary session is no parent of the restricted talks
        !(parentLevel === 'session' && levelOf(e) === 'part') &&
        datesFit(child, e) &&
        // a tour and its visits are told with their days: undated visits may be of other years
        (parentLevel !== 'tour' || (child.start !== undefined && e.start !== undefined)),
    );
    // "à Astana" within the visit to Kazakhstan, not the one to Uzbekistan
    const childCountries = countries(child);
    const elsewhere = (e: ResolvedEntity) => {
      const held = countries(e);
      return (
        childCountries.size > 0 && held.size > 0 && ![...held].some((c) => childCountries.has(c))
      );
    };
    if (candidates.length === 1)
      return candidates[0] && elsewhere(candidates[0]) ? undefined : candidates[0];
    const placed = candidates.filter((e) => [...countries(e)].some((c) => childCountries.has(c)));
    if (placed.length === 1) return placed[0];
    if (candidates.length > 1) return undefined;
  }
  return undefined;
}

/**
 * "un dîner informel", "une promenade nocturne": a social event belongs to the visit or gathering,
 * not to the talks; "la réunion conjointe de la CEI et de l’OCS": a body's sitting is no part of a
 * guest's visit.
 */
function mayNestIn(child: ResolvedEntity, parentLevel: Level): boolean {
  if (child.format === 'OTHER' && parentLevel === 'session') return false;
  if (levelOf(child) === 'session' && parentLevel === 'visit' && child.organisation) return false;
  return true;
}

/** Days a summit, forum or visit may last when the text gives only its first day. */
const OPEN_SPAN_DAYS = 6;

/** The part's day lies within the parent's days, when both are dated. */
function datesFit(child: ResolvedEntity, parent: ResolvedEntity): boolean {
  if (!child.start || !parent.start) return true;
  const day = child.start.slice(0, 10);
  const from = parent.start.slice(0, 10);
  if (day.startsWith(from) || from.startsWith(day)) return true;
  const gap = daysBetween(from, day);
  if (gap === undefined) return false;
  const until = parent.end ? daysBetween(from, parent.end.slice(0, 10)) : undefined;
  if (until !== undefined) return gap >= 0 && gap <= until;
  // "le forum s’est ouvert le 18 juin ... la séance plénière du 20 juin"
  return gap >= 0 && gap <= OPEN_SPAN_DAYS;
}

/** The countries of an event's places: the place itself for a country, else the one it lies in. */
function countriesOf(ctx: RelateContext, event: ResolvedEntity): Set<string> {
  const out = new Set<string>();
  for (const key of event.places) {
    const place = ctx.resolution.entities.get(key);
    if (place?.subtype === 'country') out.add(key.slice('place:'.length));
    else if (place?.country) out.add(place.country);
  }
  return out;
}
