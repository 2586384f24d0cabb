// The explorer's calls to this server: the laid-out graph (or a neighbourhood of it) and
// GraphQL for search (the API's folding of accents and transliteration) and the side panel.

import type { ExplorerGraph } from '../../src/7-serve/web-payload.js';

export interface SearchResult {
  readonly id: string;
  readonly name: string;
  readonly type: string;
}

interface Named {
  readonly id: string;
  readonly name: string;
  readonly start?: string | null;
}

export interface EvidenceView {
  readonly quote: string;
  readonly url?: string | null;
  readonly document: { readonly title: string; readonly url?: string | null };
}

export interface EntityDetails {
  readonly id: string;
  readonly type: string;
  readonly name: string;
  readonly subtype?: string | null;
  readonly aliases: readonly string[];
  readonly roles?: readonly { readonly title: string; readonly of?: Named | null }[];
  readonly attended?: readonly {
    readonly event: Named;
    readonly role?: string | null;
    readonly delegation?: { readonly name: string } | null;
  }[];
  readonly events?: readonly Named[];
  readonly formatLabel?: string | null;
  readonly start?: string | null;
  readonly end?: string | null;
  readonly place?: Named | null;
  readonly relations: readonly {
    readonly type: string;
    readonly source: Named;
    readonly target: Named;
    readonly evidence: readonly EvidenceView[];
  }[];
  readonly evidence: readonly EvidenceView[];
}

const EVIDENCE = 'quote url document { title url }';

const PANEL_QUERY = `query Panel($id: ID!) {
  entity(id: $id) {
    id type name subtype aliases
    ... on Person { roles { title of { id name } } attended { event { id name start } role delegation { name } } }
    ... on Organisation { events { id name start } }
    ... on Place { events { id name start } }
    ... on Event { formatLabel start end place { id name } }
    relations(first: 50) { type source { id name } target { id name } evidence(first: 2) { ${EVIDENCE} } }
    evidence(first: 3) { ${EVIDENCE} }
  }
}`;

const SEARCH_QUERY = `query Search($text: String!) { search(text: $text, first: 10) { id name type } }`;

async function graphql<T>(endpoint: string, query: string, variables: object): Promise<T> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) {
    throw new Error(body.errors?.map((e) => e.message).join('; ') ?? `HTTP ${response.status}`);
  }
  return body.data;
}

export async function searchEntities(endpoint: string, text: string): Promise<SearchResult[]> {
  return (await graphql<{ search: SearchResult[] }>(endpoint, SEARCH_QUERY, { text })).search;
}

export async function fetchEntity(endpoint: string, id: string): Promise<EntityDetails | null> {
  return (await graphql<{ entity: EntityDetails | null }>(endpoint, PANEL_QUERY, { id })).entity;
}

export interface GraphWaitOptions {
  /** Told what the server says while it lays the graph out ("laying out 4779 entities..."). */
  readonly onPending?: (message: string) => void;
  readonly fetch?: typeof fetch;
  readonly sleep?: (seconds: number) => Promise<void>;
}

const wait = (seconds: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, seconds * 1000));

/** The graph, or the neighbourhood of `around`; asks again while the server answers 503
 * LAYOUT_PENDING (its layout runs in a worker and is kept for the next request). */
export async function fetchGraph(
  url: string,
  around?: string,
  options: GraphWaitOptions = {},
): Promise<ExplorerGraph> {
  const address = around ? `${url}?around=${encodeURIComponent(around)}&depth=1` : url;
  const get = options.fetch ?? fetch;
  for (;;) {
    const response = await get(address);
    if (response.ok) return (await response.json()) as ExplorerGraph;
    const body = (await response.json().catch(() => ({}))) as {
      errors?: { message: string; extensions?: { code?: string } }[];
    };
    const error = body.errors?.[0];
    if (response.status !== 503 || error?.extensions?.code !== 'LAYOUT_PENDING') {
      throw new Error(`${address}: ${error?.message ?? `HTTP ${response.status}`}`);
    }
    options.onPending?.(error.message);
    await (options.sleep ?? wait)(Number(response.headers.get('retry-after')) || 2);
  }
}
