// A built graph <-> the bytes of the store's graph file: a header (JSON) and columns. The texts
// and the evidence columns are written as they lie in memory; edges as columns of node indexes
// (their key is their type and ends); nodes as JSON lines. Endianness is the machine's: the file
// is a cache of this machine's store, refused elsewhere.

import { Buffer } from 'node:buffer';
import { endianness } from 'node:os';
import graphology from 'graphology';
import { edgeKey } from '../6-graph/build-graph.js';
import { EvidenceTable } from '../6-graph/evidence-table.js';
import type {
  DocumentSummary,
  EntityAttributes,
  GraphAttributes,
  KnowledgeGraph,
  RelationAttributes,
} from '../6-graph/types.js';
import type { RelationType } from '../types.js';

const { MultiDirectedGraph } = graphology;

/** What the graph itself needs besides its columns. */
export interface GraphLayout {
  readonly endianness: string;
  readonly extractionVersion: string;
  readonly documents: readonly DocumentSummary[];
  readonly rules: readonly string[];
  readonly edgeTypes: readonly RelationType[];
  readonly props: readonly Readonly<Record<string, string>>[];
  /** Byte length of each section, in SECTIONS order. */
  readonly sections: readonly number[];
}

/** Nodes a line of the nodes section: few JSON.parse calls, none of them on a huge string. */
const NODES_A_LINE = 1_000;

type NodeRest = Omit<EntityAttributes, 'evidenceFrom' | 'evidenceCount'>;

const bytesOf = (array: ArrayBufferView) =>
  Buffer.from(array.buffer, array.byteOffset, array.byteLength);

/** The graph as a layout and its sections (texts, columns, nodes), ready to be written. */
export function encodeGraph(graph: KnowledgeGraph): { layout: GraphLayout; sections: Buffer[] } {
  const { extractionVersion, evidence } = graph.getAttributes();
  const [documents, texts, rules, columns] = evidence.parts();
  const textEnds = new Int32Array(texts.length);
  let end = 0;
  texts.forEach((text, i) => (textEnds[i] = end += text.length));
  const nodeIndex = new Map<string, number>();
  const nodeRuns = [new Int32Array(graph.order), new Int32Array(graph.order)] as const;
  const nodeLines: Buffer[] = [];
  let line: [string, NodeRest][] = [];
  graph.forEachNode((key, attributes) => {
    const { evidenceFrom, evidenceCount, ...rest } = attributes;
    const index = nodeIndex.size;
    nodeIndex.set(key, index);
    nodeRuns[0][index] = evidenceFrom;
    nodeRuns[1][index] = evidenceCount;
    line.push([key, rest]);
    if (line.length === NODES_A_LINE) {
      nodeLines.push(Buffer.from(`${JSON.stringify(line)}\n`));
      line = [];
    }
  });
  if (line.length > 0) nodeLines.push(Buffer.from(`${JSON.stringify(line)}\n`));
  const edges = encodeEdges(graph, nodeIndex);
  const sections = [
    ...texts,
    bytesOf(textEnds),
    bytesOf(columns.doc),
    bytesOf(columns.start),
    bytesOf(columns.end),
    bytesOf(columns.rule),
    ...nodeRuns.map(bytesOf),
    ...edges.columns.map(bytesOf),
    ...nodeLines,
  ];
  const lengths = [
    end,
    ...[textEnds, columns.doc, columns.start, columns.end, columns.rule].map((c) => c.byteLength),
    ...[...nodeRuns, ...edges.columns].map((c) => c.byteLength),
    nodeLines.reduce((sum, b) => sum + b.length, 0),
  ];
  return {
    layout: {
      endianness: endianness(),
      extractionVersion,
      documents,
      rules,
      edgeTypes: edges.types,
      props: edges.props,
      sections: lengths,
    },
    sections,
  };
}

function encodeEdges(graph: KnowledgeGraph, nodeIndex: ReadonlyMap<string, number>) {
  const size = graph.size;
  const source = new Int32Array(size);
  const target = new Int32Array(size);
  const type = new Int32Array(size);
  const props = new Int32Array(size);
  const confidence = new Float64Array(size);
  const from = new Int32Array(size);
  const count = new Int32Array(size);
  const types: RelationType[] = [];
  const propsList: Readonly<Record<string, string>>[] = [];
  const propsIndex = new Map<string, number>();
  let i = 0;
  graph.forEachEdge((key, a, s, t) => {
    if (key !== edgeKey({ type: a.type, source: s, target: t }))
      throw new Error(`encodeGraph: edge "${key}" is not keyed by its type and ends`);
    source[i] = nodeIndex.get(s) ?? -1;
    target[i] = nodeIndex.get(t) ?? -1;
    let typeIndex = types.indexOf(a.type);
    if (typeIndex === -1) typeIndex = types.push(a.type) - 1;
    type[i] = typeIndex;
    const signature = JSON.stringify(a.props);
    let propsAt = propsIndex.get(signature);
    if (propsAt === undefined) {
      propsAt = propsList.push(a.props) - 1;
      propsIndex.set(signature, propsAt);
    }
    props[i] = propsAt;
    confidence[i] = a.confidence;
    from[i] = a.evidenceFrom;
    count[i] = a.evidenceCount;
    i += 1;
  });
  return {
    types,
    props: propsList,
    columns: [source, target, type, props, confidence, from, count] as const,
  };
}

/** Each section in memory of its own (aligned for its typed array; the file can be let go). */
function sectionsOf(bytes: Buffer, layout: GraphLayout): Buffer[] {
  const parts: Buffer[] = [];
  let offset = 0;
  for (const length of layout.sections) {
    const copy = new Uint8Array(length);
    copy.set(bytes.subarray(offset, offset + length));
    if (copy.length !== length) throw new RangeError('a section is cut short');
    parts.push(Buffer.from(copy.buffer, 0, length));
    offset += length;
  }
  if (offset !== bytes.length) throw new RangeError('the sections do not fill the file');
  return parts;
}

const int32 = (b: Buffer | undefined) =>
  b ? new Int32Array(b.buffer, b.byteOffset, b.byteLength / 4) : new Int32Array(0);

/** Work done a little at a time: each yield is a point where a server may answer requests. */
export type Steps<T> = Generator<void, T, void>;

/** Runs steps to the end at once; a server passes one that runs them in slices instead. */
export type StepRunner = <T>(steps: Steps<T>) => T | Promise<T>;

export const runToEnd: StepRunner = (steps) => {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
};

/** Nodes or edges added between two yields. */
const BATCH = 1_000;

/** The graph back from its layout and the bytes after the header; throws on any mismatch. */
export function* decodeGraph(layout: GraphLayout, bytes: Buffer): Steps<KnowledgeGraph> {
  if (layout.endianness !== endianness()) throw new RangeError('written on another machine');
  const sections = sectionsOf(bytes, layout);
  if (sections.length !== 16) throw new RangeError('not the sections of a graph');
  const [texts, textEnds, doc, start, end, rule, nodeFrom, nodeCount] = sections as Buffer[];
  const [source, target, type, props, from, count] = [8, 9, 10, 11, 13, 14].map((i) =>
    int32(sections[i]),
  ) as [Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array];
  const confidence = sections[12] as Buffer;
  const confidences = new Float64Array(confidence.buffer, 0, confidence.byteLength / 8);
  const ends = int32(textEnds);
  const documentTexts = Array.from(ends, (e, i) => (texts as Buffer).subarray(ends[i - 1] ?? 0, e));
  const documents = layout.documents as DocumentSummary[];
  const graph: KnowledgeGraph = new MultiDirectedGraph<
    EntityAttributes,
    RelationAttributes,
    GraphAttributes
  >();
  const nodes = yield* decodeNodes(
    graph,
    sections[15] as Buffer,
    int32(nodeFrom),
    int32(nodeCount),
  );
  const sharedProps = layout.props.map((p) => Object.freeze({ ...p }));
  for (let i = 0; i < source.length; i += 1) {
    if (i % BATCH === 0) yield;
    const sourceKey = nodes[source[i] as number];
    const targetKey = nodes[target[i] as number];
    const relation = layout.edgeTypes[type[i] as number];
    const shared = sharedProps[props[i] as number];
    if (sourceKey === undefined || targetKey === undefined || !relation || !shared)
      throw new RangeError(`edge ${i} points outside the file`);
    const key = edgeKey({ type: relation, source: sourceKey, target: targetKey });
    graph.addEdgeWithKey(key, sourceKey, targetKey, {
      type: relation,
      props: shared,
      confidence: confidences[i] as number,
      evidenceFrom: from[i] as number,
      evidenceCount: count[i] as number,
    });
  }
  const ruleBytes = rule as Buffer;
  graph.replaceAttributes({
    extractionVersion: layout.extractionVersion,
    documents,
    evidence: new EvidenceTable(documents, documentTexts, layout.rules, {
      doc: int32(doc),
      start: int32(start),
      end: int32(end),
      rule: new Uint16Array(ruleBytes.buffer, 0, ruleBytes.byteLength / 2),
    }),
  });
  return graph;
}

function* decodeNodes(
  graph: KnowledgeGraph,
  lines: Buffer,
  from: Int32Array,
  count: Int32Array,
): Steps<string[]> {
  const keys: string[] = [];
  let start = 0;
  for (let end = lines.indexOf(0x0a); end !== -1; end = lines.indexOf(0x0a, start)) {
    const batch = JSON.parse(lines.toString('utf8', start, end)) as [string, NodeRest][];
    for (const [key, rest] of batch) {
      const index = keys.push(key) - 1;
      graph.addNode(key, {
        ...rest,
        evidenceFrom: from[index] as number,
        evidenceCount: count[index] as number,
      });
    }
    start = end + 1;
    yield;
  }
  return keys;
}
