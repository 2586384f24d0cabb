// Entities and assertions of every document -> one graphology MultiDirectedGraph. Nodes and edges
// merge by stable keys; evidence accumulates, so a fact seen three times is one edge with three.

import { Buffer } from 'node:buffer';
import graphology from 'graphology';
import type { ResolvedEntity } from '../4-resolve/types.js';
import type { Assertion } from '../5-relate/types.js';
import type { HeapCheck } from '../heap-guard.js';
import { EXTRACTION_VERSION } from '../lexicon/index.js';
import type { Span } from '../types.js';
import { EvidenceTableBuilder, type PendingPiece } from './evidence-table.js';
import { cleanAlias } from './clean-alias.js';
import { mergeProps } from './merge-props.js';
import { parentEventSpans } from './parent-event-spans.js';
import type {
  DocumentSummary,
  EntityAttributes,
  GraphAttributes,
  KnowledgeGraph,
  RelationAttributes,
} from './types.js';

const { MultiDirectedGraph } = graphology;

/** What the graph needs of a resolved entity (a ResolvedEntity, or one read back from the store). */
export type EntityRecord = Pick<ResolvedEntity, 'key' | 'type' | 'name'> &
  Partial<
    Pick<ResolvedEntity, 'subtype' | 'wikidata' | 'format' | 'start' | 'end' | 'organisation'>
  > & {
    readonly aliases: Iterable<string>;
    readonly mentions: readonly MentionRecord[];
  };

/** Where an entity is named, and by which rule: the quote is cut from the text when asked for. */
export interface MentionRecord extends Span {
  readonly rule: string;
}

export interface DocumentExtraction {
  readonly doc: DocumentSummary;
  /** The document's text: what the evidence quotes. */
  readonly text: string;
  readonly entities: Iterable<EntityRecord>;
  readonly assertions: readonly Assertion[];
}

/** What the graph keeps of a document: everything but its text. */
export function documentSummary(doc: DocumentSummary): DocumentSummary {
  return {
    id: doc.id,
    file: doc.file,
    title: doc.title,
    language: doc.language,
    ...(doc.url ? { url: doc.url } : {}),
    ...(doc.publishedAt ? { publishedAt: doc.publishedAt } : {}),
    ...(doc.parts && doc.parts.length > 0 ? { parts: doc.parts.map((p) => ({ ...p })) } : {}),
  };
}

export function buildGraph(
  extractions: readonly DocumentExtraction[],
  check?: HeapCheck,
): KnowledgeGraph {
  const ordered = [...extractions].sort((a, b) => a.doc.file.localeCompare(b.doc.file));
  const documents = ordered.map(({ doc }) => documentSummary(doc));
  const table = new EvidenceTableBuilder(
    documents,
    ordered.map(({ text }) => text),
  );
  const intern = interner();
  const sharedProps = propsInterner();
  // accumulate first, build once: merging into the graph document by document re-sorted the
  // evidence of frequent entities at every step (quadratic in the number of documents)
  const nodes = new Map<string, NodeAccumulator>();
  const edges = new Map<string, EdgeAccumulator>();
  // past the first loop the heap is watched every 1024 relations or nodes: edges outweigh them
  let added = 0;
  const watch = () => {
    if ((++added & 0x3ff) === 0) check?.('building the graph', ordered.length, ordered.length);
  };
  ordered.forEach(({ entities }, documentIndex) => {
    for (const entity of entities) accumulateEntity(nodes, table, intern, documentIndex, entity);
    check?.('building the graph', documentIndex + 1, ordered.length);
  });
  const indexOfDocument = new Map(documents.map((d, i) => [d.id, i]));
  for (const { assertions } of ordered) {
    for (const a of assertions) {
      watch();
      const documentIndex = indexOfDocument.get(a.evidence.doc);
      if (documentIndex === undefined || !nodes.has(a.source) || !nodes.has(a.target)) continue;
      accumulateAssertion(edges, table, intern, documentIndex, a);
    }
  }
  datePartsParents(nodes, edges, intern);
  const graph: KnowledgeGraph = new MultiDirectedGraph<
    EntityAttributes,
    RelationAttributes,
    GraphAttributes
  >();
  // same sources, same bytes: nodes and edges in key order whatever the file order
  for (const key of [...nodes.keys()].sort()) {
    watch();
    const node = nodes.get(key) as NodeAccumulator;
    graph.addNode(key, {
      ...node.attributes,
      aliases: [...node.aliases].sort(),
      ...table.addRun(node.evidence),
    });
  }
  for (const key of [...edges.keys()].sort()) {
    watch();
    const edge = edges.get(key) as EdgeAccumulator;
    graph.addEdgeWithKey(key, edge.source, edge.target, {
      type: edge.type,
      props: sharedProps(edge.props),
      confidence: edge.confidence,
      ...table.addRun(edge.evidence),
    });
  }
  graph.replaceAttributes({
    extractionVersion: EXTRACTION_VERSION,
    documents,
    evidence: table.build(),
  });
  return graph;
}

/** Undated events whose parts are dated span those parts (see parent-event-spans.ts). */
function datePartsParents(
  nodes: ReadonlyMap<string, NodeAccumulator>,
  edges: ReadonlyMap<string, EdgeAccumulator>,
  intern: Intern,
): void {
  const events = new Map<string, NodeAttributes>();
  for (const [key, node] of nodes)
    if (node.attributes.type === 'Event') events.set(key, node.attributes);
  const partOf = [...edges.values()]
    .filter((e) => e.type === 'PART_OF' && events.has(e.source) && events.has(e.target))
    .map((e) => [e.source, e.target] as const);
  for (const [parent, span] of parentEventSpans(events, partOf)) {
    const attributes = events.get(parent) as NodeAttributes;
    attributes.start = intern(span.start);
    if (span.end) attributes.end = intern(span.end);
  }
}

/**
 * Strings the graph keeps, one copy each. A name cut from a document is a slice that would keep
 * the whole text alive; the copy lets it go.
 */
function interner(): (s: string) => string {
  const kept = new Map<string, string>();
  return (s) => {
    let copy = kept.get(s);
    if (copy === undefined) {
      copy = Buffer.from(s, 'utf8').toString('utf8');
      kept.set(copy, copy);
    }
    return copy;
  };
}

type Intern = ReturnType<typeof interner>;

/** Most relations repeat a few property sets ({delegation: place:russia}): one frozen object each. */
function propsInterner(): (props: Record<string, string>) => Record<string, string> {
  const kept = new Map<string, Record<string, string>>();
  return (props) => {
    const signature = JSON.stringify(Object.entries(props));
    let shared = kept.get(signature);
    if (!shared) {
      shared = Object.freeze({ ...props });
      kept.set(signature, shared);
    }
    return shared;
  };
}

type NodeAttributes = Omit<EntityAttributes, 'aliases' | 'evidenceFrom' | 'evidenceCount'>;

interface NodeAccumulator {
  /** The first document's values win (documents come in file order). */
  readonly attributes: NodeAttributes;
  readonly aliases: Set<string>;
  readonly evidence: PendingPiece[];
}

interface EdgeAccumulator {
  readonly type: RelationAttributes['type'];
  readonly source: string;
  readonly target: string;
  props: Record<string, string>;
  readonly evidence: PendingPiece[];
  confidence: number;
}

function accumulateEntity(
  nodes: Map<string, NodeAccumulator>,
  table: EvidenceTableBuilder,
  intern: Intern,
  documentIndex: number,
  entity: EntityRecord,
): void {
  let node = nodes.get(entity.key);
  if (!node) {
    const attributes: NodeAttributes = {
      type: entity.type,
      name: intern(entity.name),
      ...(entity.subtype ? { subtype: intern(entity.subtype) } : {}),
      ...(entity.wikidata ? { wikidata: entity.wikidata } : {}),
      ...(entity.format ? { format: entity.format } : {}),
      ...(entity.start ? { start: intern(entity.start) } : {}),
      ...(entity.end ? { end: intern(entity.end) } : {}),
      ...(entity.organisation ? { organisation: intern(entity.organisation) } : {}),
    };
    node = { attributes, aliases: new Set(), evidence: [] };
    nodes.set(intern(entity.key), node);
  } else {
    fillMissing(node.attributes, entity, intern);
  }
  for (const alias of entity.aliases) {
    const cleaned = cleanAlias(alias);
    if (cleaned !== undefined && cleaned !== entity.name) node.aliases.add(intern(cleaned));
  }
  for (const m of entity.mentions) {
    node.evidence.push(table.piece(documentIndex, m.start, m.end, m.rule));
  }
}

/** Later documents fill in what earlier ones did not say. */
function fillMissing(attributes: NodeAttributes, entity: EntityRecord, intern: Intern): void {
  if (attributes.subtype === undefined && entity.subtype)
    attributes.subtype = intern(entity.subtype);
  if (attributes.wikidata === undefined && entity.wikidata) attributes.wikidata = entity.wikidata;
  if (attributes.format === undefined && entity.format) attributes.format = entity.format;
  if (attributes.start === undefined && entity.start) attributes.start = intern(entity.start);
  if (attributes.end === undefined && entity.end) attributes.end = intern(entity.end);
  if (attributes.organisation === undefined && entity.organisation)
    attributes.organisation = intern(entity.organisation);
}

export function edgeKey(a: Pick<Assertion, 'type' | 'source' | 'target'>): string {
  return `${a.type}:${a.source}->${a.target}`;
}

function internedProps(props: Readonly<Record<string, string>>, intern: Intern) {
  return Object.fromEntries(Object.entries(props).map(([k, v]) => [k, intern(v)]));
}

function accumulateAssertion(
  edges: Map<string, EdgeAccumulator>,
  table: EvidenceTableBuilder,
  intern: Intern,
  documentIndex: number,
  a: Assertion,
): void {
  const key = edgeKey(a);
  const piece = table.piece(documentIndex, a.evidence.start, a.evidence.end, a.evidence.rule);
  const edge = edges.get(key);
  if (!edge) {
    edges.set(intern(key), {
      type: a.type,
      source: intern(a.source),
      target: intern(a.target),
      props: internedProps(a.props, intern),
      evidence: [piece],
      confidence: a.confidence,
    });
    return;
  }
  edge.props = mergeProps(edge.props, internedProps(a.props, intern));
  edge.evidence.push(piece);
  edge.confidence = Math.max(edge.confidence, a.confidence);
}
