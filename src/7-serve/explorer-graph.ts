// The served graph -> the explorer's payload (web-payload.ts): positions from the export layout,
// colours and sizes as in the GEXF, and past what a browser draws an overview or a neighbourhood.

import type { KnowledgeGraph } from '../6-graph/types.js';
import type { Positions } from '../8-export/layout.js';
import { TYPE_COLOURS, nodeSize, type Rgb } from '../8-export/presentation.js';
import type {
  ExplorerEdge,
  ExplorerGraph,
  ExplorerNode,
  NeighbourhoodSize,
} from './web-payload.js';

/** sigma draws 10k nodes and 30k edges at 30 frames/s in software WebGL (15k: 22; bench/explorer.mjs);
 * past this the most connected are sent (explorer-overview.ts), or the neighbourhood searched. */
export const EXPLORER_MAX_NODES = 10_000;

export interface ExplorerGraphOptions {
  /** The whole graph's size when `graph` is a neighbourhood of it. */
  readonly total?: { readonly nodes: number; readonly edges: number };
  readonly around?: string;
  readonly neighbourhood?: NeighbourhoodSize;
  /** `graph` is the overview of a graph too large to draw whole (of `total`'s size). */
  readonly tooLarge?: boolean;
  readonly maxNodes?: number;
}

const hex = (n: number) => n.toString(16).padStart(2, '0');

export function colourHex({ r, g, b }: Rgb): string {
  return `#${hex(r)}${hex(g)}${hex(b)}`;
}

export function buildExplorerGraph(
  graph: KnowledgeGraph,
  positions: Positions,
  options: ExplorerGraphOptions = {},
): ExplorerGraph {
  const total = options.total ?? { nodes: graph.order, edges: graph.size };
  const base = { total, maxNodes: options.maxNodes ?? EXPLORER_MAX_NODES };
  const index = new Map<string, number>();
  const nodes: ExplorerNode[] = [];
  graph.forEachNode((key, a) => {
    index.set(key, nodes.length);
    const point = positions.get(key) ?? { x: 0, y: 0 };
    nodes.push({
      key,
      label: a.name,
      type: a.type,
      x: point.x,
      y: point.y,
      size: nodeSize(graph.degree(key)),
      color: colourHex(TYPE_COLOURS[a.type]),
      ...(a.start ? { start: a.start } : {}),
      ...(a.end ? { end: a.end } : {}),
    });
  });
  const relationTypes: string[] = [];
  const typeIndex = new Map<string, number>();
  const edges: ExplorerEdge[] = [];
  graph.forEachEdge((_, a, source, target) => {
    let t = typeIndex.get(a.type);
    if (t === undefined) {
      t = relationTypes.push(a.type) - 1;
      typeIndex.set(a.type, t);
    }
    edges.push([index.get(source) as number, index.get(target) as number, t]);
  });
  return {
    ...base,
    tooLarge: options.tooLarge ?? false,
    ...(options.around ? { around: options.around } : {}),
    ...(options.neighbourhood && options.neighbourhood.shown < options.neighbourhood.found
      ? { neighbourhood: options.neighbourhood }
      : {}),
    relationTypes,
    nodes,
    edges,
  };
}
