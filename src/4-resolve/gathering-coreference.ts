// A body's meeting and the summit the same report calls it are one gathering: "une réunion du
// Conseil des chefs d’État de la CEI" then "le sommet des dirigeants", "A conference of the EAEU
// ... The summit". The merged event takes the summit's format.

import type { EventFormat } from '../types.js';

/** Formats a report uses for the gathering itself. */
const SUMMIT_FORMATS: ReadonlySet<EventFormat> = new Set(['SUMMIT', 'VIDEOCONFERENCE']);
const MEETING_FORMATS: ReadonlySet<EventFormat> = new Set(['MEETING', 'CONFERENCE']);
/**
 * Folded heads of a body's sitting; "rencontre" and "entretien" are between people, so never a
 * summit ("la rencontre avec le président kazakh" on the summit's day is a meeting of its own).
 */
const SITTING_HEADS: ReadonlySet<string> = new Set([
  'reunion',
  'meeting',
  'conference',
  'session',
  'seance',
]);

/** "réunion bilatérale en marge de la CICA", "meeting on the sidelines": beside the summit, not it. */
const BESIDE_THE_SUMMIT = /bilat[ée]ral|en marge|sidelines|on the margins/i;

/**
 * "une réunion au format « OCS plus »", "the SCO Plus meeting", "BRICS Outreach": a sitting of a
 * format named apart from the summit's own, so another event than the summit.
 */
const NAMED_FORMAT = /\bformat\s+[«"“]|[«"“][^»"”]*\+|\b(?:plus|outreach)\b/iu;

/** "réunion des chefs d’État", "meeting of the Council": a body's sitting, named or not. */
const BODY_WORDS = /chefs d[’']([ée]tat|gouvernement)|heads of (state|government)|conseil|council/i;

/** Does one of these phrases name the sitting of a body? */
export function namesABody(phrases: Iterable<string>): boolean {
  for (const phrase of phrases) if (BODY_WORDS.test(phrase)) return true;
  return false;
}

/** "la réunion des ministres des Affaires étrangères des BRICS", "a meeting of foreign ministers". */
const MINISTERS_GATHERING =
  /\b(?:des|de)\s+ministres\b|\bministers[’']?\s+(?:meeting|council)\b|\bof\s+(?:the\s+)?(?:foreign\s+)?ministers\b/iu;

/** Does one of these phrases name a sitting of ministers ("réunion des ministres")? */
export function namesAMinistersGathering(phrases: Iterable<string>): boolean {
  for (const phrase of phrases) if (MINISTERS_GATHERING.test(phrase)) return true;
  return false;
}

/** Does one of these phrases name a format of its own ("au format « OCS plus »")? */
export function namesAFormat(phrases: Iterable<string>): boolean {
  for (const phrase of phrases) if (NAMED_FORMAT.test(phrase)) return true;
  return false;
}

/** Does one of these phrases set a meeting beside the gathering? */
export function besideTheGathering(phrases: Iterable<string>): boolean {
  for (const phrase of phrases) if (BESIDE_THE_SUMMIT.test(phrase)) return true;
  return false;
}

export interface GatheringSide {
  readonly format: EventFormat | undefined;
  /** Folded heads the side was written with ("reunion", "sommet"). */
  readonly heads: ReadonlySet<string>;
  /** Does it belong to an organisation ("réunion du Conseil ... de la CEI")? */
  readonly ofBody: boolean;
  /** Written as bilateral or on the sidelines ("réunion bilatérale en marge de la CICA"). */
  readonly beside: boolean;
  /** Written with a format of its own ("au format « OCS plus »", "SCO Plus"). */
  readonly namedFormat: boolean;
}

/** Is `side` a body's sitting that a summit of the same report may name? */
function isBodySitting(side: GatheringSide): boolean {
  return (
    side.format !== undefined &&
    MEETING_FORMATS.has(side.format) &&
    side.ofBody &&
    !side.beside &&
    [...side.heads].some((h) => SITTING_HEADS.has(h))
  );
}

/** Could a gathering of these formats be one (a summit and a meeting or conference)? The sides'
 * phrases are read only then: most pairs of a document are neither. */
export function mayBeOneGathering(a: EventFormat | undefined, b: EventFormat | undefined): boolean {
  const summit = (f: EventFormat | undefined) => f !== undefined && SUMMIT_FORMATS.has(f);
  const meeting = (f: EventFormat | undefined) => f !== undefined && MEETING_FORMATS.has(f);
  return (summit(a) && meeting(b)) || (summit(b) && meeting(a));
}

/** The summit's format when one side is a summit and the other the body's sitting it names;
 * not a sitting of a format the summit was not called by ("the SCO summit" and "the SCO Plus
 * meeting"). */
export function gatheringFormat(a: GatheringSide, b: GatheringSide): EventFormat | undefined {
  const names = (summit: GatheringSide, sitting: GatheringSide) =>
    summit.format !== undefined &&
    SUMMIT_FORMATS.has(summit.format) &&
    isBodySitting(sitting) &&
    (!sitting.namedFormat || summit.namedFormat);
  if (names(a, b)) return a.format;
  if (names(b, a)) return b.format;
  return undefined;
}
