// What the explorer shows: entity types and relation types switched off, and a range of days
// over the dated events. Pure functions over the payload's nodes (no DOM), tested under jest.

import type { ExplorerNode } from '../../src/7-serve/web-payload.js';

export interface ExplorerFilter {
  readonly hiddenTypes: ReadonlySet<string>;
  readonly hiddenRelations: ReadonlySet<string>;
  /** YYYY-MM-DD, both ends included; absent: unbounded. */
  readonly from?: string;
  readonly to?: string;
  readonly showUndated: boolean;
}

export const NO_FILTER: ExplorerFilter = {
  hiddenTypes: new Set(),
  hiddenRelations: new Set(),
  showUndated: true,
};

type Dated = Pick<ExplorerNode, 'type' | 'start' | 'end'>;

/** A date with its year: "--12-19" (a day the text gives without one) cannot be placed. */
const hasYear = (date: string | undefined): date is string =>
  date !== undefined && /^\d{4}/.test(date);

/** The distinct days (or months, years: as precise as the text) dated events start on, sorted. */
export function eventDays(nodes: readonly Dated[]): string[] {
  const days = new Set<string>();
  for (const node of nodes)
    if (node.type === 'Event' && hasYear(node.start)) days.add(node.start.slice(0, 10));
  return [...days].sort();
}

/** "2024-05" lies within 2024-05-01..2024-05-31: a partial date is compared by its last day. */
function overlaps(node: Dated, from: string | undefined, to: string | undefined): boolean {
  const start = (node.start as string).slice(0, 10);
  const last = `${(hasYear(node.end) ? node.end : (node.start as string)).slice(0, 10)}\uffff`;
  return (from === undefined || last >= from) && (to === undefined || start <= to);
}

export function isNodeShown(node: Dated, filter: ExplorerFilter): boolean {
  if (filter.hiddenTypes.has(node.type)) return false;
  if (node.type !== 'Event') return true;
  if (!hasYear(node.start)) return filter.showUndated;
  return overlaps(node, filter.from, filter.to);
}

export function isRelationShown(type: string, filter: ExplorerFilter): boolean {
  return !filter.hiddenRelations.has(type);
}
