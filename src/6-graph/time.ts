// Partial ISO dates of the graph ("2024-05-24T14:50", "2024-07", "2024", "--12-19") as intervals,
// and the one chronological order of events that the API, the exports and the summary share.

import type { KnowledgeGraph } from './types.js';

export interface DayRange {
  readonly first: string;
  readonly last: string;
}

const PARTIAL = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/;

function lastDayOfMonth(year: number, month: number): string {
  return String(new Date(Date.UTC(year, month, 0)).getUTCDate()).padStart(2, '0');
}

/** First and last day an ISO date at any precision may stand for; undefined without a year. */
export function dayRange(iso: string | undefined): DayRange | undefined {
  const match = iso ? PARTIAL.exec(iso) : null;
  if (!match) return undefined;
  const [, year, month, day] = match;
  if (day) return { first: `${year}-${month}-${day}`, last: `${year}-${month}-${day}` };
  if (month) {
    return {
      first: `${year}-${month}-01`,
      last: `${year}-${month}-${lastDayOfMonth(Number(year), Number(month))}`,
    };
  }
  return { first: `${year}-01-01`, last: `${year}-12-31` };
}

/** Does an event dated [start, end] (partial ISO) overlap the days [from, to] (either open)?
 * Without a known year it cannot be placed, so it does not. */
export function overlapsPeriod(
  start: string | undefined,
  end: string | undefined,
  from: string | null | undefined,
  to: string | null | undefined,
): boolean {
  const first = dayRange(start);
  const last = dayRange(end ?? start);
  if (!first || !last) return false;
  return (!from || last.last >= from) && (!to || first.first <= to);
}

/** The xsd:dateTime interval a partial date covers: "2024-05-24T14:50" is that minute. */
export function dateTimeRange(
  start: string | undefined,
  end?: string,
): { start: string; end: string } | undefined {
  const first = start ? PARTIAL.exec(start) : null;
  const days = dayRange(start);
  if (!first || !days) return undefined;
  const [, , , , hour, minute] = first;
  const from = hour ? `${days.first}T${hour}:${minute}:00` : `${days.first}T00:00:00`;
  const last = end ? PARTIAL.exec(end) : first;
  const lastDays = end ? (dayRange(end) ?? days) : days;
  const to =
    last?.[4] !== undefined
      ? `${lastDays.last}T${last[4]}:${last[5]}:59`
      : `${lastDays.last}T23:59:59`;
  return { start: from, end: to };
}

/** 0: the year is known; 1: a day without a year ("--12-19"); 2: no date. */
function startRank(start: string | undefined): number {
  if (!start) return 2;
  return start.startsWith('--') ? 1 : 0;
}

/**
 * Chronological: dated starts first (code-unit order, which is ISO order: not localeCompare,
 * whose collation put "--12-19" before "2024"), then days without a year, then no date.
 */
export function compareStarts(a: string | undefined, b: string | undefined): number {
  const rank = startRank(a) - startRank(b);
  if (rank !== 0 || a === b || !a || !b) return rank;
  return a < b ? -1 : 1;
}

/** Events in chronological order, then by name and key: every list of events uses this order. */
export function compareEvents(graph: KnowledgeGraph, a: string, b: string): number {
  return (
    compareStarts(graph.getNodeAttribute(a, 'start'), graph.getNodeAttribute(b, 'start')) ||
    graph.getNodeAttribute(a, 'name').localeCompare(graph.getNodeAttribute(b, 'name')) ||
    (a < b ? -1 : a > b ? 1 : 0)
  );
}
