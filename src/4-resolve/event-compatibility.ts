// An event of the document and a later mention -> may the mention stand for that event? Its
// proper name, format, day, organisation and countries must not disagree with the event's.

import { formatPartialDate } from '../3-recognise/dates/partial-date.js';
import { formatOf, headOf } from '../3-recognise/event-keywords.js';
import type { EventMention } from '../3-recognise/types.js';
import { EVENT_LEVELS } from '../lexicon/index.js';
import { PEOPLE_MEETING_VERBS } from '../lexicon/meeting-event-verbs.js';
import type { EventFormat } from '../types.js';
import { dayFitsEvent } from './event-days.js';
import { formatsAgree } from './event-formats-agree.js';
import {
  besideTheGathering,
  gatheringFormat,
  namesAMinistersGathering,
  mayBeOneGathering,
  namesABody,
  namesAFormat,
  type GatheringSide,
} from './gathering-coreference.js';
import { foldText } from './normalise.js';
import { isSessionFormat } from './part-events.js';
import type { ResolvedEntity } from './types.js';

/** What a document has resolved so far, which the test reads. */
export interface CompatibilityContext {
  /** The entity key of each mention, by mention index. */
  readonly mentionEntity: readonly (string | undefined)[];
  readonly entities: ReadonlyMap<string, ResolvedEntity>;
  /** The folded head nouns each event was called by ("reunion", "summit"). */
  readonly heads: ReadonlyMap<string, ReadonlySet<string>>;
  /** The proper name each named event goes by. */
  readonly properNames: ReadonlyMap<string, string>;
  /** The document, to read the words before a mention. */
  readonly doc?: { readonly text: string };
}

/** Buildings and sites: one of no known country says nothing of the country of the event. */
const SPOTS: ReadonlySet<string> = new Set(['facility', 'landmark']);

/** The entity keys of the places a mention names. */
export function placeKeys(ctx: CompatibilityContext, e: EventMention): string[] {
  return e.places.map((i) => ctx.mentionEntity[i]).filter((k): k is string => k !== undefined);
}

/** The country a place is in, or the country it is. */
export function countryOf(ctx: CompatibilityContext, placeKey: string): string | undefined {
  const place = ctx.entities.get(placeKey);
  return (
    place?.country ?? (place?.subtype === 'country' ? placeKey.slice('place:'.length) : undefined)
  );
}

// "la réunion du Conseil des chefs d’État de la CEI" and "le sommet des dirigeants de la CEI"
export function gathering(
  ctx: CompatibilityContext,
  entity: ResolvedEntity,
  e: EventMention,
): EventFormat | undefined {
  if (!mayBeOneGathering(entity.format, e.format)) return undefined;
  return gatheringFormat(entitySide(ctx, entity), mentionSide(e));
}

// "a concert" and "an informal dinner" are two happenings of one format
export function sameKindOfHappening(
  ctx: CompatibilityContext,
  entity: ResolvedEntity,
  e: EventMention,
): boolean {
  return e.format !== 'OTHER' || (ctx.heads.get(entity.key)?.has(headOf(e.surface) ?? '') ?? false);
}

/** "séance plénière du forum", "the plenary session of the summit": the complement after the head. */
const OF_COMPLEMENT = /\s(?:du|de la|de l[’']|des|of the|of)\s/u;

/** The head of the gathering a sitting's complement names ("la séance plénière du forum" ->
 * "forum"), if any. */
function gatheringOfComplement(surface: string): string | undefined {
  const folded = foldText(surface);
  const of = OF_COMPLEMENT.exec(folded);
  if (!of) return undefined;
  const rest = folded.slice(of.index + of[0].length);
  const format = formatOf(rest);
  return format && EVENT_LEVELS[format] === 'gathering' ? headOf(rest) : undefined;
}

const DEFINITE_BEFORE = /(?:^|[\s(])(?:the|this|that|la|le|l[’']|cette|ce|ces|these)\s*$/iu;

/** The gatherings the names of an event say it is a sitting of ("forum"). */
function gatheringsOfComplements(entity: ResolvedEntity): Set<string> {
  const out = new Set<string>();
  for (const alias of entity.aliases) {
    const head = gatheringOfComplement(alias);
    if (head) out.add(head);
  }
  return out;
}

/** "Lukashenko met X" then "la séance plénière du forum", or that plenary session then "un
 * entretien bilatéral": a sitting of a gathering the event was not called by, or an event that
 * was a gathering's sitting and a mention in other words, are two sittings ("la séance" still
 * repeats "la séance plénière du forum"). */
export function ofAnotherGathering(
  ctx: CompatibilityContext,
  entity: ResolvedEntity,
  e: EventMention,
): boolean {
  if (!isSessionFormat(e.format) || !isSessionFormat(entity.format)) return false;
  const heads = ctx.heads.get(entity.key) ?? new Set<string>();
  const named = gatheringOfComplement(e.surface);
  const sittingOf = gatheringsOfComplements(entity);
  if (named !== undefined) return !heads.has(named) && !sittingOf.has(named);
  return (
    sittingOf.size > 0 &&
    !heads.has(headOf(e.surface) ?? '') &&
    // "cette réunion" may still refer back to it
    !DEFINITE_BEFORE.test(ctx.doc?.text.slice(Math.max(0, e.start - 8), e.start) ?? '')
  );
}

/** "la réunion du Conseil des chefs de gouvernement", then "En marge de la réunion, M. Li a
 * rencontré X": people meeting people, not the body's sitting. */
export function metBesideBody(entity: ResolvedEntity, e: EventMention): boolean {
  if (entity.organisation === undefined || !e.verb) return false;
  const surface = ` ${foldText(e.surface)} `;
  return PEOPLE_MEETING_VERBS.some((v) => surface.includes(` ${v} `));
}

export function compatible(
  ctx: CompatibilityContext,
  entity: ResolvedEntity,
  e: EventMention,
): boolean {
  // "la Grande Guerre patriotique" and "la Seconde Guerre mondiale": two names, two events
  if (e.properName && e.properName !== (ctx.properNames.get(entity.key) ?? e.properName))
    return false;
  const sameGathering = gathering(ctx, entity, e) !== undefined;
  if (!formatsAgree(entity.format, e.format) && !sameGathering) return false;
  if (!sameKindOfHappening(ctx, entity, e)) return false;
  if (ofAnotherGathering(ctx, entity, e)) return false;
  const date = e.date ? formatPartialDate(e.date) : undefined;
  const dateEnd = e.endDate ? formatPartialDate(e.endDate) : undefined;
  if (date && entity.start && !dayFitsEvent(entity.format, entity.start, entity.end, date, dateEnd))
    return false;
  const org = e.organisation !== undefined ? ctx.mentionEntity[e.organisation] : undefined;
  // the council of the heads of state and its organisation name one summit
  if (org && entity.organisation && org !== entity.organisation && !sameGathering) return false;
  // "Xi met with Tokayev" and "the meeting of the SCO Council of Heads of State": two sittings
  if (oneToldByVerbOneOfBody(ctx, entity, e)) return false;
  // "au centre des congrès d’Avaza": a place of no known country neither agrees nor disagrees
  const known = (key: string) =>
    countryOf(ctx, key) !== undefined || !SPOTS.has(ctx.entities.get(key)?.subtype ?? '');
  const countries = placeKeys(ctx, e)
    .filter(known)
    .map((k) => countryOf(ctx, k));
  const existing = [...entity.places].filter(known).map((k) => countryOf(ctx, k));
  return (
    countries.length === 0 || existing.length === 0 || countries.some((c) => existing.includes(c))
  );
}

/** "Xi met with Tokayev" and "the meeting of the SCO Council of Heads of State", or that meeting
 * then "En marge de la réunion, Lavrov a rencontré Fidan": a meeting a verb reports and a body's
 * sitting are two sittings, in either order ("participera à la rencontre" still repeats it). */
export function oneToldByVerbOneOfBody(
  ctx: CompatibilityContext,
  entity: ResolvedEntity,
  e: EventMention,
): boolean {
  const org = e.organisation !== undefined ? ctx.mentionEntity[e.organisation] : undefined;
  return (
    (org !== undefined && entity.reportedByVerb === true) ||
    (e.verb === true &&
      !DEFINITE_BEFORE.test(ctx.doc?.text.slice(Math.max(0, e.start - 8), e.start) ?? '') &&
      (entity.organisation !== undefined || namesAGathering(ctx, entity)))
  );
}

interface GatheringSoFar {
  aliases: number;
  mentions: number;
  named: boolean;
}

/** Per event, how far its aliases and mentions were read and whether one named a gathering:
 * each phrase is read once, however often the event is a candidate (a long text stays linear). */
const GATHERING_SO_FAR = new WeakMap<ResolvedEntity, GatheringSoFar>();

/** Is the event, by the words of its mentions so far, the sitting of a body or of ministers? */
function namesAGathering(ctx: CompatibilityContext, entity: ResolvedEntity): boolean {
  let cache = GATHERING_SO_FAR.get(entity);
  if (!cache) {
    cache = { aliases: 0, mentions: 0, named: false };
    GATHERING_SO_FAR.set(entity, cache);
  }
  if (cache.named) return true;
  const text = ctx.doc?.text ?? '';
  const phrases: string[] = [];
  if (entity.aliases.size > cache.aliases) {
    phrases.push(...[...entity.aliases].slice(cache.aliases));
    cache.aliases = entity.aliases.size;
  }
  for (; cache.mentions < entity.mentions.length; cache.mentions++) {
    const m = entity.mentions[cache.mentions] as (typeof entity.mentions)[number];
    phrases.push(text.slice(m.start, m.end));
  }
  cache.named = namesABody(phrases) || namesAMinistersGathering(phrases);
  return cache.named;
}

function entitySide(ctx: CompatibilityContext, entity: ResolvedEntity): GatheringSide {
  return {
    format: entity.format,
    heads: ctx.heads.get(entity.key) ?? new Set(),
    ofBody: entity.organisation !== undefined || namesABody(entity.aliases),
    beside: besideTheGathering(entity.aliases),
    namedFormat: namesAFormat(entity.aliases),
  };
}

function mentionSide(e: EventMention): GatheringSide {
  return {
    format: e.format,
    heads: new Set([headOf(e.surface) ?? '']),
    ofBody: e.organisation !== undefined || namesABody([e.surface]),
    beside: besideTheGathering([e.surface]),
    namedFormat: namesAFormat([e.surface]),
  };
}
