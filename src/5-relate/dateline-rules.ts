// HELD_IN from a dateline ("TÉHÉRAN, 16 décembre – RIA Novosti.", "ASTANA, July 3 (Xinhua) --",
// "BISHKEK (AKIpress) -"): the city a wire report is filed from places the events of its lead and
// of its day, once no other rule placed them and the lead names no other city for them.

import type { Mention } from '../3-recognise/types.js';
import type { ResolvedEntity } from '../4-resolve/types.js';
import { FRENCH_MONTHS, VISIT_FORMATS } from '../lexicon/index.js';
import type { EventFormat, Span } from '../types.js';
import { assertion, placeKey } from './helpers.js';
import type { Assertion, RelateContext } from './types.js';

/** A dateline stands at the start of one of the first lines. */
const DATELINE_REACH = 600;
/** From the city to the dash: a country, a date, an agency. */
const TAIL_CHARS = 80;
/** " – ", " -- ", "/TASS/", or the full stop after the day ("ASHGABAT, Turkmenistan, February 27."). */
const DATELINE_END = /\s[-–—]{1,2}\s|\/TASS\/|(?<=\d)\.\s/u;
const LOWER_MONTH = Object.keys(FRENCH_MONTHS).join('|');
/** Only capitalised words (a country, an English month, an agency), French months, figures. */
const DATELINE_TAIL = new RegExp(
  `^[\\s,.()\\d]*(?:(?:\\p{Lu}[\\p{L}-]*\\.?|(?:${LOWER_MONTH})(?![\\p{L}]))[\\s,.()\\d]*)*$`,
  'u',
);
/** Events of its lead a report places where it is filed: sittings, gatherings, visits. */
const LEAD_FORMATS = new Set<EventFormat>([
  'MEETING',
  'TALKS',
  'NEGOTIATIONS',
  'RESTRICTED_TALKS',
  'EXPANDED_TALKS',
  'SUMMIT',
  'FORUM',
  'CONFERENCE',
  'CEREMONY',
  ...VISIT_FORMATS,
]);
/** Events of the dateline's day told further down: the sittings and the visit of the report. */
const DAY_FORMATS = new Set<EventFormat>(['MEETING', 'TALKS', 'NEGOTIATIONS', ...VISIT_FORMATS]);
/** "se sont entretenus par téléphone", "held a video call": a lead that was filed from afar. */
const REMOTE = /t[ée]l[ée]phon|phone|visio|vid[ée]o/iu;
/** Spots inside a city: "at the Great Hall of the People" does not say the city is another. */
const SPOTS = new Set(['landmark', 'facility']);

interface Dateline {
  readonly place: string;
  readonly span: Span;
  /** The line the dateline opens: the lead. */
  readonly lead: Span;
}

export function relateDatelinePlaces(
  ctx: RelateContext,
  assertions: readonly Assertion[],
): Assertion[] {
  const dateline = findDateline(ctx);
  if (!dateline) return [];
  const { entities } = ctx.resolution;
  const placed = new Map<string, string[]>();
  for (const a of assertions)
    if (a.type === 'HELD_IN') placed.set(a.source, [...(placed.get(a.source) ?? []), a.target]);
  const lead = ctx.doc.text.slice(dateline.lead.start, dateline.lead.end);
  if (REMOTE.test(lead)) return [];
  const events = [...entities.values()].filter((e) => e.type === 'Event');
  const inLead = (e: ResolvedEntity) =>
    e.mentions.some((m) => m.start >= dateline.lead.start && m.end <= dateline.lead.end);
  const day = leadDay(ctx, dateline);
  const ofTheDay = (e: ResolvedEntity) =>
    day !== undefined && e.start === day && DAY_FORMATS.has(e.format as EventFormat);
  // "MINSK (BelTA) - Lukashenko took part in the summit in Moscow": the agency's own city
  const city = entities.get(dateline.place);
  const elsewhere = (target: string) => {
    const place = entities.get(target);
    if (!place || target === dateline.place || SPOTS.has(place.subtype ?? '')) return false;
    return place.subtype === 'country' ? target !== countryKey(city) : true;
  };
  if (events.some((e) => inLead(e) && (placed.get(e.key) ?? []).some(elsewhere))) return [];
  const out: Assertion[] = [];
  for (const event of events) {
    const format = event.format as EventFormat;
    if (!(inLead(event) && LEAD_FORMATS.has(format)) && !ofTheDay(event)) continue;
    const visit = VISIT_FORMATS.includes(format);
    // a visit is to the country of the city it is reported from
    const target = visit ? countryKey(city) : dateline.place;
    const known = placed.get(event.key) ?? [];
    if (
      !target ||
      !entities.has(target) ||
      known.some((p) => !SPOTS.has(entities.get(p)?.subtype ?? ''))
    )
      continue;
    out.push(
      assertion(ctx, 'HELD_IN', event.key, target, dateline.span, 'dateline-place', {}, 0.7),
    );
  }
  return out;
}

function countryKey(place: ResolvedEntity | undefined): string | undefined {
  if (!place) return undefined;
  if (place.subtype === 'country') return place.key;
  return place.country ? placeKey(place.country) : undefined;
}

/** The first city that opens a line and is followed by a dateline's tail. */
function findDateline(ctx: RelateContext): Dateline | undefined {
  const text = ctx.doc.text;
  const mentions = ctx.recognised.mentions;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    if (m.start > DATELINE_REACH) break;
    const key = ctx.resolution.mentionEntity[i];
    if (!key || m.type !== 'Place' || m.adjective || !opensLine(text, m.start)) continue;
    if (ctx.resolution.entities.get(key)?.subtype !== 'city') continue;
    const tail = text.slice(m.end, m.end + TAIL_CHARS);
    const end = DATELINE_END.exec(tail);
    if (!end || !DATELINE_TAIL.test(tail.slice(0, end.index))) continue;
    const lineEnd = text.indexOf('\n', m.end);
    return {
      place: key,
      span: { start: m.start, end: m.end + end.index + end[0].length },
      lead: { start: m.start, end: lineEnd < 0 ? text.length : lineEnd },
    };
  }
  return undefined;
}

const opensLine = (text: string, at: number) => at === 0 || text[at - 1] === '\n';

/** The day the dateline gives ("16 décembre"), as the events' start is written, when one does. */
function leadDay(ctx: RelateContext, dateline: Dateline): string | undefined {
  const date = ctx.recognised.dates.find(
    (d) => d.start >= dateline.span.start && d.end <= dateline.span.end && d.date.day !== undefined,
  );
  if (!date) return undefined;
  const events = [...ctx.resolution.entities.values()];
  const suffix = `-${pad(date.date.month)}-${pad(date.date.day)}`;
  // the year may come from the address: take the events' own writing of that day
  return events.find((e) => e.start?.endsWith(suffix))?.start;
}

const pad = (n: number | undefined) => String(n ?? 0).padStart(2, '0');
