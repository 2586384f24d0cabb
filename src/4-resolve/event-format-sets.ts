// Event formats grouped by how a report treats them: which stand on their own without date or
// place, which a report's date does not date, which a report without headings is about.

import { UNATTENDED_FORMATS } from '../lexicon/index.js';
import type { EventFormat } from '../types.js';

/** Formats that stand on their own even when the phrase gives no date or place ("les exercices conjoints"). */
export const STANDALONE_FORMATS: ReadonlySet<EventFormat> = new Set<EventFormat>([
  'VISIT',
  'STATE_VISIT',
  'PHONE_CALL',
  'VIDEOCONFERENCE',
  'EXERCISE',
  'SUMMIT',
  'FORUM',
  'ANNIVERSARY',
  'COMMEMORATION',
  'ELECTION',
  'WAR',
  'INCIDENT',
  'MILITARY_OPERATION',
]);
/** Formats a report's date does not date: "la guerre en Ukraine" is not of the day. */
export const UNDATED_FORMATS: ReadonlySet<EventFormat> = new Set<EventFormat>([
  ...UNATTENDED_FORMATS,
  'ANNIVERSARY',
  'COMMEMORATION',
]);
/** Formats a news report is about: in a document without headings they make its main events. */
export const REPORTED_FORMATS: ReadonlySet<EventFormat> = new Set<EventFormat>([
  'MEETING',
  'TALKS',
  'PRESS_CONFERENCE',
  'NEGOTIATIONS',
  'SIGNING',
  // "ont assisté à la cérémonie", "attended the opening ceremony": a report's own ceremony
  'CEREMONY',
]);
