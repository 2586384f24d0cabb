// Weekday words dated by the document's own day: in a report of Wednesday 6 December 2023,
// "mercredi" and "ce mercredi" are that day, "lundi" and "lundi dernier" the Monday before,
// "mardi prochain" the Tuesday after, and so a weekday in the future tense ("On Wednesday, a
// plenary session will take place"). A weekday before a day number ("mardi 16 mai") is left to
// the date readers. Days named relative to the report ("hier", "yesterday", "demain") are dated
// by the same day.

import { RELATIVE_DAYS, WEEKDAYS } from '../../lexicon/index.js';
import { alternation } from '../../patterns.js';
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
const RELATIVE_DAY = new RegExp(
  `(?<![\\p{L}'’-])(?:${alternation(Object.keys(RELATIVE_DAYS))})(?![\\p{L}'’-])`,
  'giu',
);
const RELATIVE_DAY_OFFSET: ReadonlyMap<string, number> = new Map(
  Object.entries(RELATIVE_DAYS).map(([word, offset]) => [word.toLowerCase(), offset]),
);
/** "On Wednesday, a plenary session will take place", "mercredi, le sommet se tiendra": ahead. */
const FUTURE_TENSE =
  /(?<![\p{L}])(?:will|shall|is\s+(?:scheduled|expected|due)|are\s+(?:scheduled|expected|due)|se\s+tiendr(?:a|ont)|aur(?:a|ont)\s+lieu|se\s+déroulera|se\s+dérouleront|sera|seront|est\s+prévue?|sont\s+prévue?s)(?![\p{L}])/iu;
const CLAUSE_REACH = 80;

export function findWeekdayDates(text: string, reference: PartialDate | undefined): DateMention[] {
  const { year, month, day } = reference ?? {};
  if (year === undefined || month === undefined || day === undefined) return [];
  const today = Date.UTC(year, month - 1, day);
  const todayWeekday = new Date(today).getUTCDay();
  return [...text.matchAll(WEEKDAY)].map((m) => {
    const target = WEEKDAY_NUMBER[(m[1] ?? '').toLowerCase()] ?? 0;
    const next = /prochain|next/iu.test(m[0]);
    const ahead =
      !next && !/dernier|last/iu.test(m[0]) && inFuture(text, m.index, m.index + m[0].length);
    const offset = next
      ? (target - todayWeekday + 7) % 7 || 7
      : ahead
        ? (target - todayWeekday + 7) % 7
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

/** The clause around a weekday speaks of what is to come. */
function inFuture(text: string, start: number, end: number): boolean {
  const before =
    text
      .slice(Math.max(0, start - CLAUSE_REACH), start)
      .split(/[.;!?\n]/u)
      .at(-1) ?? '';
  const after = text.slice(end, end + CLAUSE_REACH).split(/[.;!?\n]/u)[0] ?? '';
  return FUTURE_TENSE.test(before) || FUTURE_TENSE.test(after);
}

/** "hier", "yesterday", "demain": the report's day moved by the word's offset. */
export function findRelativeDays(text: string, reference: PartialDate | undefined): DateMention[] {
  const { year, month, day } = reference ?? {};
  if (year === undefined || month === undefined || day === undefined) return [];
  const today = Date.UTC(year, month - 1, day);
  return [...text.matchAll(RELATIVE_DAY)].map((m) => {
    const offset = RELATIVE_DAY_OFFSET.get(m[0].toLowerCase().replace(/\s+/gu, ' ')) ?? 0;
    const when = new Date(today + offset * DAY_MS);
    return {
      start: m.index,
      end: m.index + m[0].length,
      date: { year: when.getUTCFullYear(), month: when.getUTCMonth() + 1, day: when.getUTCDate() },
      rule: 'date-relative-day',
    };
  });
}
