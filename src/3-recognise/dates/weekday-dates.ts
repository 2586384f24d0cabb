// Weekday words dated by the document's own day: in a report of Wednesday 6 December 2023,
// "mercredi" and "ce mercredi" are that day, "lundi" and "lundi dernier" the Monday before,
// "mardi prochain" the Tuesday after. A weekday before a day number ("mardi 16 mai") is left to
// the date readers.

import { WEEKDAYS } from '../../lexicon/index.js';
import type { PartialDate } from '../../types.js';
import type { DateMention } from './find-dates.js';

/** Day numbers as Date.getUTCDay counts them (Sunday 0), from the calendar's Monday-first lists. */
const WEEKDAY_NUMBER: Readonly<Record<string, number>> = Object.fromEntries(
  WEEKDAYS.map((word, i) => [word, ((i % 7) + 1) % 7]),
);
const WEEKDAY = new RegExp(
  `(?<![\\p{L}])(?:ce\\s+|on\\s+|last\\s+|next\\s+)?(${Object.keys(WEEKDAY_NUMBER).join('|')})(?:\\s+(dernier|prochain))?(?![\\p{L}])(?!\\s*\\d)`,
  'giu',
);
const DAY_MS = 86_400_000;

export function findWeekdayDates(text: string, reference: PartialDate | undefined): DateMention[] {
  const { year, month, day } = reference ?? {};
  if (year === undefined || month === undefined || day === undefined) return [];
  const today = Date.UTC(year, month - 1, day);
  const todayWeekday = new Date(today).getUTCDay();
  return [...text.matchAll(WEEKDAY)].map((m) => {
    const target = WEEKDAY_NUMBER[(m[1] ?? '').toLowerCase()] ?? 0;
    const forward = /prochain|next/iu.test(m[0]);
    const offset = forward
      ? (target - todayWeekday + 7) % 7 || 7
      : -((todayWeekday - target + 7) % 7);
    const when = new Date(today + offset * DAY_MS);
    return {
      start: m.index,
      end: m.index + m[0].length,
      date: { year: when.getUTCFullYear(), month: when.getUTCMonth() + 1, day: when.getUTCDate() },
      rule: 'date-weekday',
    };
  });
}
