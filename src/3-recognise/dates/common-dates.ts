// The French dates of nearly every heading and dateline ("15 mai 2022 à 16h15", "1er juin",
// "15.05.22"), read without chrono-node, which costs a hundred times more. Whatever may read on
// (a range, another time form, "dernier", "à midi") or is not a valid calendar date is left to
// chrono: this reader answers only where chrono answers the same
// (tests/3-recognise/common-dates.test.ts).

import { FRENCH_MONTHS } from '../../lexicon/index.js';
import { alternation } from '../../patterns.js';
import type { PartialDate } from '../../types.js';

export interface QuickDate {
  readonly length: number;
  readonly date: PartialDate;
}

const MONTH_NAMES = alternation(Object.keys(FRENCH_MONTHS));
const WORDS = new RegExp(
  `^(\\d{1,2})(?:er)?[ \\t]+(${MONTH_NAMES})(?:[ \\t]+(\\d{4}))?(?![\\p{L}\\d])`,
  'u',
);
/** "à 16h15", "à 9h" after a date in words. */
const TIME = /^[ \t]+à[ \t]+(\d{1,2})h(\d{2})?(?![\p{L}\d])/u;
const NUMERIC = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?![\d.,:/-])/u;
/**
 * What may follow a date that chrono reads no further: the end, a line break, closing
 * punctuation, a dash at the end or before words, or a capitalised word (a place), maybe after a
 * preposition.
 * Anything else (a time, a range, "dernier", "à midi") goes to chrono.
 */
const ENDS_HERE =
  /^(?:$|[ \t]*(?:\n|[.;)»"”]|[–—-][ \t]*$|[–—-][ \t]+(?![\d\p{Ll}])|,[ \t]*\p{Lu}|(?:à|au|en|de|près de)[ \t]+\p{Lu}|\p{Lu}))/u;

export function readCommonFrenchDate(window: string): QuickDate | undefined {
  const words = WORDS.exec(window);
  const numeric = words ? undefined : NUMERIC.exec(window);
  const match = words ?? numeric;
  if (!match) return undefined;
  const time = words ? TIME.exec(window.slice(match[0].length)) : null;
  const length = match[0].length + (time?.[0].length ?? 0);
  if (!ENDS_HERE.test(window.slice(length))) return undefined;
  const hour = time ? Number(time[1]) : undefined;
  const minute = time ? Number(time[2] ?? 0) : undefined;
  if (hour !== undefined && (hour > 23 || (minute ?? 0) > 59)) return undefined;
  const day = Number(match[1]);
  const month = words ? (FRENCH_MONTHS[match[2] ?? ''] ?? 0) : Number(match[2]);
  const year = match[3] === undefined ? undefined : fullYear(match[3]);
  // chrono refers to 1 January 2000 (a leap year) when the year is not given
  if (!isCalendarDate(year ?? 2000, month, day)) return undefined;
  return {
    length,
    date: {
      ...(year !== undefined ? { year } : {}),
      month,
      day,
      ...(hour !== undefined ? { hour, minute } : {}),
    },
  };
}

function fullYear(digits: string): number {
  const year = Number(digits);
  if (digits.length === 4) return year;
  return year > 50 ? 1900 + year : 2000 + year;
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
