// The parts of a reported event written without date or place of their own: "a débuté par une
// réunion restreinte, suivie d’une cérémonie de bienvenue", "continued in expanded format".
// They are events of their own, on the day of the event they are part of.

import { parseIsoDate } from '../3-recognise/dates/partial-date.js';
import { EVENT_LEVELS } from '../lexicon/index.js';
import type { EventFormat, PartialDate } from '../types.js';

/** Formats that make a part of a session or gathering (restricted talks, ceremonies, signings). */
export function isPartFormat(format: EventFormat): boolean {
  return EVENT_LEVELS[format] === 'part';
}

/** "entretiens en format restreint", "expanded-format talks": the two formats of one sitting. */
export function isTalksFormatPart(format: EventFormat | undefined): boolean {
  return format === 'RESTRICTED_TALKS' || format === 'EXPANDED_TALKS';
}

/** Meetings, talks, negotiations: the sittings a visit or a gathering is made of. */
export function isSessionFormat(format: EventFormat | undefined): boolean {
  return format !== undefined && EVENT_LEVELS[format] === 'session';
}

/** A sitting that people speak in: a session ("les pourparlers") or a gathering ("le sommet"). */
export function isSittingFormat(format: EventFormat | undefined): boolean {
  const level = format !== undefined ? EVENT_LEVELS[format] : undefined;
  return level === 'session' || level === 'gathering';
}

/**
 * "une réunion restreinte", "en format élargi", "au cours d’un dîner informel", "followed by
 * delegation-level talks", "held one-on-one talks": a part the text reports; not "continue their
 * communication tete-a-tete", where the word qualifies another noun.
 */
const INTRODUCED =
  /(?:^|[\s(])(?:le|la|les|l[’']|un|une|d[’']une?|des|du|de|d[’']|en|au|aux|à|the|a|an|in|at|its|their|by|held|had)\s*$/iu;

export function isIntroducedPart(text: string, start: number): boolean {
  return INTRODUCED.test(text.slice(Math.max(0, start - 12), start));
}

/** The day of the parent event, without its hour: "2025-10-10T12:05" -> 2025-10-10. */
export function dayOfParent(parentStart: string | undefined): PartialDate | undefined {
  const day = parseIsoDate(parentStart?.slice(0, 10));
  return day?.day !== undefined ? day : undefined;
}
