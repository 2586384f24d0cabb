// Where the document names its events, sorted by offset once per document, so that a rule can ask
// which event a sentence is about, or which one it refers back to ("Y ont participé ...").

import { UNATTENDED_FORMATS } from '../lexicon/index.js';
import type { EventFormat } from '../types.js';
import type { RelateContext } from './types.js';

export interface EventAt {
  readonly start: number;
  readonly end: number;
  readonly key: string;
  readonly format: EventFormat;
  /** "la précédente réunion", "le prochain sommet": not the event being reported. */
  readonly other: boolean;
}

/** "Toutes les délégations sont arrivées. ... Y ont participé": no one takes part in an arrival. */
const NOT_REFERRED_TO: ReadonlySet<string> = new Set(['ARRIVAL', 'ANNIVERSARY']);

const EVENT_INDEX = new WeakMap<RelateContext['resolution'], readonly EventAt[]>();

export function eventIndex(ctx: RelateContext): readonly EventAt[] {
  let index = EVENT_INDEX.get(ctx.resolution);
  if (!index) {
    index = ctx.recognised.events
      .flatMap((e, i) => {
        const key = ctx.resolution.eventEntity[i];
        if (!key || UNATTENDED_FORMATS.includes(e.format)) return [];
        return [{ start: e.start, end: e.end, key, format: e.format, other: !!e.otherOccurrence }];
      })
      .sort((a, b) => a.start - b.start);
    EVENT_INDEX.set(ctx.resolution, index);
  }
  return index;
}

function firstFrom(index: readonly EventAt[], offset: number): number {
  let lo = 0;
  let hi = index.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((index[mid] as EventAt).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Attended events named within [start, end), in text order. */
export function eventsIn(ctx: RelateContext, start: number, end: number): EventAt[] {
  const index = eventIndex(ctx);
  const out: EventAt[] = [];
  for (let i = firstFrom(index, start); i < index.length; i++) {
    const e = index[i] as EventAt;
    if (e.start >= end) break;
    out.push(e);
  }
  return out;
}

/** The last event named before `offset` and not further back than `reach` characters. */
export function eventBefore(
  ctx: RelateContext,
  offset: number,
  reach: number,
): EventAt | undefined {
  const index = eventIndex(ctx);
  for (let i = firstFrom(index, offset) - 1; i >= 0; i--) {
    const e = index[i] as EventAt;
    if (e.start < offset - reach) return undefined;
    if (!e.other && !NOT_REFERRED_TO.has(e.format)) return e;
  }
  return undefined;
}

/** The document's own event: the first one it names that is not another occurrence. */
export function leadEvent(ctx: RelateContext): EventAt | undefined {
  return eventIndex(ctx).find((e) => !e.other);
}
