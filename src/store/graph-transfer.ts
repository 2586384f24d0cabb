// A built graph sent across threads in pieces: a header (graph attributes, the evidence columns,
// the document texts in one transferable buffer), then nodes and edges in batches. The receiver
// adds one batch at a time, so a thread that serves requests never stalls on a whole graph.

import { Buffer } from 'node:buffer';
import graphology from 'graphology';
import { EvidenceTable } from '../6-graph/evidence-table.js';
import type {
  EntityAttributes,
  GraphAttributes,
  KnowledgeGraph,
  RelationAttributes,
} from '../6-graph/types.js';

const { MultiDirectedGraph } = graphology;

/** Nodes or edges a batch: adding one takes a few milliseconds on a loaded machine. */
export const TRANSFER_BATCH = 1_000;

type TableParts = ConstructorParameters<typeof EvidenceTable>;

export interface GraphHeader {
  readonly extractionVersion: string;
  readonly documents: TableParts[0];
  readonly rules: TableParts[2];
  readonly columns: TableParts[3];
  /** Every document's UTF-8 text, one after the other; textEnds[i] is where the i-th ends. */
  readonly texts: Uint8Array;
  readonly textEnds: Int32Array;
}

export type GraphBatch =
  | { readonly nodes: readonly (readonly [string, EntityAttributes])[] }
  | { readonly edges: readonly (readonly [string, string, string, RelationAttributes])[] };

/** The header and the buffers to transfer with it (not copy). */
export function graphHeader(graph: KnowledgeGraph): {
  header: GraphHeader;
  transfer: ArrayBuffer[];
} {
  const { extractionVersion, evidence } = graph.getAttributes();
  const [documents, texts, rules, columns] = evidence.parts();
  const joined = Buffer.concat(texts);
  const textEnds = new Int32Array(texts.length);
  let end = 0;
  texts.forEach((text, i) => (textEnds[i] = end += text.length));
  // a copy that owns its memory: Buffer.concat may return a slice of the shared pool
  const owned = new Uint8Array(joined);
  return {
    header: { extractionVersion, documents, rules, columns, texts: owned, textEnds },
    transfer: [owned.buffer, textEnds.buffer],
  };
}

/** Nodes, then edges, in the graph's order (exports and answers list them in that order). */
export function* graphBatches(graph: KnowledgeGraph, size = TRANSFER_BATCH): Generator<GraphBatch> {
  let nodes: [string, EntityAttributes][] = [];
  for (const { node, attributes } of graph.nodeEntries()) {
    nodes.push([node, attributes]);
    if (nodes.length === size) {
      yield { nodes };
      nodes = [];
    }
  }
  if (nodes.length > 0) yield { nodes };
  let edges: [string, string, string, RelationAttributes][] = [];
  for (const { edge, source, target, attributes } of graph.edgeEntries()) {
    edges.push([edge, source, target, attributes]);
    if (edges.length === size) {
      yield { edges };
      edges = [];
    }
  }
  if (edges.length > 0) yield { edges };
}

/** An empty graph with the header's attributes, and a function adding each batch to it. */
export function graphFromHeader(header: GraphHeader): {
  graph: KnowledgeGraph;
  add: (batch: GraphBatch) => void;
} {
  const bytes = Buffer.from(header.texts.buffer, header.texts.byteOffset, header.texts.byteLength);
  const texts = Array.from(header.textEnds, (end, i) =>
    bytes.subarray(i === 0 ? 0 : (header.textEnds[i - 1] ?? 0), end),
  );
  const graph: KnowledgeGraph = new MultiDirectedGraph<
    EntityAttributes,
    RelationAttributes,
    GraphAttributes
  >();
  graph.replaceAttributes({
    extractionVersion: header.extractionVersion,
    documents: header.documents as GraphAttributes['documents'],
    evidence: new EvidenceTable(header.documents, texts, header.rules, header.columns),
  });
  const sharedProps = new Map<string, Record<string, string>>();
  // the sender's edges share a few frozen property sets; cloned, each edge would have its own
  const shared = (props: Record<string, string>) => {
    const signature = JSON.stringify(props);
    let kept = sharedProps.get(signature);
    if (!kept) sharedProps.set(signature, (kept = Object.freeze(props)));
    return kept;
  };
  return {
    graph,
    add: (batch) => {
      if ('nodes' in batch) for (const [key, a] of batch.nodes) graph.addNode(key, a);
      else
        for (const [key, source, target, a] of batch.edges)
          graph.addEdgeWithKey(key, source, target, { ...a, props: shared(a.props) });
    },
  };
}
