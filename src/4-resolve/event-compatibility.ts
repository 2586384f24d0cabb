// An event of the document and a later mention -> may the mention stand for that event? Its
// proper name, format, day, organisation and countries must not disagree with the event's.

import { formatPartialDate } from '../3-recognise/dates/partial-date.js';
import { headOf } from '../3-recognise/event-keywords.js';
import type { EventMention } from '../3-recognise/types.js';
import type { EventFormat } from '../types.js';
import { dayFitsEvent } from './event-days.js';
import { formatsAgree } from './event-formats-agree.js';
import {
  besideTheGathering,
  gatheringFormat,
  mayBeOneGathering,
  namesABody,
  namesAFormat,
  type GatheringSide,
} from './gathering-coreference.js';
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
  const date = e.date ? formatPartialDate(e.date) : undefined;
  const dateEnd = e.endDate ? formatPartialDate(e.endDate) : undefined;
  if (date && entity.start && !dayFitsEvent(entity.format, entity.start, entity.end, date, dateEnd))
    return false;
  const org = e.organisation !== undefined ? ctx.mentionEntity[e.organisation] : undefined;
  // the council of the heads of state and its organisation name one summit
  if (org && entity.organisation && org !== entity.organisation && !sameGathering) return false;
  // "Xi met with Tokayev" and "the meeting of the SCO Council of Heads of State": two sittings
  if (org && entity.reportedByVerb) return false;
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
