// Does a dated mention fall on the days of an event? "On October 22, the first day of the summit"
// then "On October 23, BRICS Summit meetings were convened": one summit of several days, not two.
// A day within the event's span agrees; a gathering or visit may run on a few days past its first.

import type { EventFormat } from '../types.js';

/** Formats that last several days: a summit, a forum, a visit, manoeuvres. */
const MULTI_DAY_FORMATS = new Set<EventFormat>([
  'SUMMIT',
  'FORUM',
  'CONFERENCE',
  'VISIT',
  'STATE_VISIT',
  'EXERCISE',
]);
/** How many days after its first a multi-day event may still be running. */
const OPEN_SPAN_DAYS = 3;
const DAY_MS = 86_400_000;
/** A year for days without one ("--10-22"): only differences count, and 2001 has no 29 February. */
const YEARLESS = '2001';

/** "2024-10-22", "--10-22" -> a day number; undefined for a month or a year alone. */
function dayNumber(iso: string): number | undefined {
  const day = /^(?:(\d{4})|--)-?(\d{2})-(\d{2})/u.exec(iso);
  if (!day) return undefined;
  return Date.parse(`${day[1] ?? YEARLESS}-${day[2]}-${day[3]}`) / DAY_MS;
}

/** Days from `a` to `b` ("2024-10-22" to "2024-10-24": 2), when both are days of one kind. */
export function daysBetween(a: string, b: string): number | undefined {
  if (!sameYearKind(a, b)) return undefined;
  const [from, to] = [dayNumber(a), dayNumber(b)];
  return from === undefined || to === undefined ? undefined : to - from;
}

const sameYearKind = (a: string, b: string) => a.startsWith('--') === b.startsWith('--');

/**
 * The event's dates and the mention's agree: one is a prefix of the other, or their days overlap
 * ("la visite d’État du 20 au 22 mars" and the visit "débutée ce 21 mars").
 */
export function dayFitsEvent(
  format: EventFormat | undefined,
  start: string,
  end: string | undefined,
  date: string,
  dateEnd?: string,
): boolean {
  if (start.startsWith(date) || date.startsWith(start)) return true;
  // "à 12h30" and "à 13h00" of one day are two sittings
  if (!sameYearKind(start, date) || (start.length > 10 && date.length > 10)) return false;
  const [from, day] = [dayNumber(start), dayNumber(date)];
  if (from === undefined || day === undefined) return false;
  const until = (end ? dayNumber(end) : undefined) ?? from;
  const lastDay = (dateEnd ? dayNumber(dateEnd) : undefined) ?? day;
  if (day <= until && lastDay >= from) return true;
  return (
    format !== undefined &&
    MULTI_DAY_FORMATS.has(format) &&
    day > from &&
    day - from <= OPEN_SPAN_DAYS
  );
}

/** The later of the event's last day and the mention's day: "2024-10-24" after "2024-10-22". */
export function laterEnd(start: string, end: string | undefined, date: string): string | undefined {
  const last = end ?? start;
  const [lastDay, day] = [dayNumber(last), dayNumber(date)];
  if (lastDay === undefined || day === undefined || day <= lastDay) return end;
  return date.slice(0, date.startsWith('--') ? 7 : 10);
}

/** The event's days widened to a mention's: "du 20 au 22 mars" around "ce 21 mars". */
export function widenDays(
  start: string,
  end: string | undefined,
  date: string,
  dateEnd: string | undefined,
): { start: string; end: string | undefined } {
  const shift = daysBetween(start, date);
  if (shift !== undefined && shift < 0)
    return { start: date, end: laterEnd(date, end ?? start, dateEnd ?? date) };
  return { start, end: laterEnd(start, laterEnd(start, end, date), dateEnd ?? date) };
}
