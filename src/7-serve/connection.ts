// Relay cursor pagination over an ordered list of keys. A cursor is the key, base64url-encoded,
// so it stays valid while the entity exists, whatever is added around it.

import { badInput, pageSize } from './errors.js';

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  totalCount: number;
}

export function encodeCursor(key: string): string {
  return Buffer.from(key, 'utf8').toString('base64url');
}

export function paginate(
  keys: readonly string[],
  first: number | null | undefined,
  after: string | null | undefined,
  defaultSize = 20,
): Connection<string> {
  const size = pageSize(first, defaultSize);
  let start = 0;
  if (after) {
    const position = keys.indexOf(Buffer.from(after, 'base64url').toString('utf8'));
    if (position < 0) throw badInput(`after: unknown cursor "${after}"`, 'after');
    start = position + 1;
  }
  const page = keys.slice(start, start + size);
  const edges = page.map((node) => ({ cursor: encodeCursor(node), node }));
  return {
    edges,
    nodes: [...page],
    pageInfo: {
      hasNextPage: start + size < keys.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: keys.length,
  };
}
