// What the server hands the browser code (web/): the explorer's graph as GET /explore/graph.json
// sends it, and GraphiQL's settings. Types only, no imports: both sides compile it.

export type ExplorerEntityType = 'Person' | 'Organisation' | 'Place' | 'Event';

export interface ExplorerNode {
  readonly key: string;
  readonly label: string;
  readonly type: ExplorerEntityType;
  readonly x: number;
  readonly y: number;
  readonly size: number;
  /** #rrggbb, the GEXF's colour of the type. */
  readonly color: string;
  /** Events: when they started and ended, at the precision the text gives ("2024-05-24T14:50"). */
  readonly start?: string;
  readonly end?: string;
}

/** [source index, target index, index into relationTypes]: 100k edges stay a few MB. */
export type ExplorerEdge = readonly [number, number, number];

export interface NeighbourhoodSize {
  readonly found: number;
  readonly shown: number;
}

export interface ExplorerGraph {
  /** The whole served graph's size, whatever part of it is sent. */
  readonly total: { readonly nodes: number; readonly edges: number };
  /** Past this many nodes only the most connected, or a neighbourhood, are sent. */
  readonly maxNodes: number;
  /** The key the neighbourhood is centred on, when only one is sent. */
  readonly around?: string;
  /** Around a hub: how many entities lie within the depth asked and how many are sent (the
   * most connected), when fewer are sent than found. */
  readonly neighbourhood?: NeighbourhoodSize;
  /** True when the graph is too large to draw and no `around` was asked: nodes are then its
   * `maxNodes` most connected entities, and a search draws a neighbourhood instead. */
  readonly tooLarge: boolean;
  readonly relationTypes: readonly string[];
  readonly nodes: readonly ExplorerNode[];
  readonly edges: readonly ExplorerEdge[];
}

/** GraphiQL's page -> web/graphiql/start.ts, as JSON in the page. */
export interface GraphiqlSettings {
  readonly endpoint: string;
  readonly defaultQuery: string;
}
