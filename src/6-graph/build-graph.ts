// Entities and assertions of every document -> one graphology MultiDirectedGraph. Nodes and edges
// merge by stable keys; evidence accumulates, so a fact seen three times is one edge with three.

import graphology from 'graphology';
import type { ResolvedEntity } from '../4-resolve/types.js';
import type { Assertion } from '../5-relate/types.js';
import { EXTRACTION_VERSION } from '../lexicon/index.js';
import type { Evidence } from '../types.js';
import type {
  DocumentSummary,
  EntityAttributes,
  GraphAttributes,
  KnowledgeGraph,
  RelationAttributes,
} from './types.js';

const { MultiDirectedGraph } = graphology;

/** What the graph needs of a resolved entity (a ResolvedEntity, or one read back from the store). */
export type EntityRecord = Pick<ResolvedEntity, 'key' | 'type' | 'name' | 'mentions'> &
  Partial<Pick<ResolvedEntity, 'subtype' | 'wikidata' | 'format' | 'start' | 'end'>> & {
    readonly aliases: Iterable<string>;
  };

export interface DocumentExtraction {
  readonly doc: DocumentSummary;
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
  };
}

export function buildGraph(extractions: readonly DocumentExtraction[]): KnowledgeGraph {
  const ordered = [...extractions].sort((a, b) => a.doc.file.localeCompare(b.doc.file));
  // accumulate first, build once: merging into the graph document by document re-sorted the
  // evidence of frequent entities at every step (quadratic in the number of documents)
  const nodes = new Map<string, NodeAccumulator>();
  const edges = new Map<string, EdgeAccumulator>();
  for (const { doc, entities } of ordered) {
    for (const entity of entities) accumulateEntity(nodes, doc.id, entity);
  }
  for (const { assertions } of ordered) {
    for (const a of assertions) {
      if (nodes.has(a.source) && nodes.has(a.target)) accumulateAssertion(edges, a);
    }
  }
  const graph: KnowledgeGraph = new MultiDirectedGraph<
    EntityAttributes,
    RelationAttributes,
    GraphAttributes
  >();
  graph.replaceAttributes({
    extractionVersion: EXTRACTION_VERSION,
    documents: ordered.map(({ doc }) => documentSummary(doc)),
  });
  // same sources, same bytes: nodes and edges in key order whatever the file order
  for (const key of [...nodes.keys()].sort()) {
    const node = nodes.get(key) as NodeAccumulator;
    graph.addNode(key, {
      ...node.attributes,
      aliases: [...node.aliases].sort(),
      evidence: sortedEvidence(node.evidence),
    });
  }
  for (const key of [...edges.keys()].sort()) {
    const edge = edges.get(key) as EdgeAccumulator;
    graph.addEdgeWithKey(key, edge.source, edge.target, {
      type: edge.type,
      props: edge.props,
      evidence: sortedEvidence(edge.evidence),
      confidence: edge.confidence,
    });
  }
  return graph;
}

type NodeAttributes = Omit<EntityAttributes, 'aliases' | 'evidence'>;

interface NodeAccumulator {
  /** The first document's values win (documents come in file order). */
  readonly attributes: NodeAttributes;
  readonly aliases: Set<string>;
  /** By "doc:start:end": one fact at one place is one piece of evidence. */
  readonly evidence: Map<string, Evidence>;
}

interface EdgeAccumulator {
  readonly type: RelationAttributes['type'];
  readonly source: string;
  readonly target: string;
  props: Record<string, string>;
  readonly evidence: Map<string, Evidence>;
  confidence: number;
}

const evidenceKey = (e: Evidence) => `${e.doc}:${e.start}:${e.end}`;

function addEvidence(into: Map<string, Evidence>, e: Evidence): void {
  const key = evidenceKey(e);
  if (!into.has(key)) into.set(key, e);
}

function sortedEvidence(evidence: Map<string, Evidence>): Evidence[] {
  return [...evidence.values()].sort(
    (x, y) => x.doc.localeCompare(y.doc) || x.start - y.start || x.end - y.end,
  );
}

function accumulateEntity(
  nodes: Map<string, NodeAccumulator>,
  docId: string,
  entity: EntityRecord,
): void {
  let node = nodes.get(entity.key);
  if (!node) {
    const attributes: NodeAttributes = {
      type: entity.type,
      name: entity.name,
      ...(entity.subtype ? { subtype: entity.subtype } : {}),
      ...(entity.wikidata ? { wikidata: entity.wikidata } : {}),
      ...(entity.format ? { format: entity.format } : {}),
      ...(entity.start ? { start: entity.start } : {}),
      ...(entity.end ? { end: entity.end } : {}),
    };
    node = { attributes, aliases: new Set(), evidence: new Map() };
    nodes.set(entity.key, node);
  } else {
    fillMissing(node.attributes, entity);
  }
  for (const alias of entity.aliases) node.aliases.add(alias);
  for (const m of entity.mentions) {
    addEvidence(node.evidence, {
      doc: docId,
      start: m.start,
      end: m.end,
      quote: m.surface,
      rule: m.rule,
    });
  }
}

/** Later documents fill in what earlier ones did not say. */
function fillMissing(attributes: NodeAttributes, entity: EntityRecord): void {
  if (attributes.subtype === undefined && entity.subtype) attributes.subtype = entity.subtype;
  if (attributes.wikidata === undefined && entity.wikidata) attributes.wikidata = entity.wikidata;
  if (attributes.format === undefined && entity.format) attributes.format = entity.format;
  if (attributes.start === undefined && entity.start) attributes.start = entity.start;
  if (attributes.end === undefined && entity.end) attributes.end = entity.end;
}

export function edgeKey(a: Pick<Assertion, 'type' | 'source' | 'target'>): string {
  return `${a.type}:${a.source}->${a.target}`;
}

function accumulateAssertion(edges: Map<string, EdgeAccumulator>, a: Assertion): void {
  const key = edgeKey(a);
  const edge = edges.get(key);
  if (!edge) {
    edges.set(key, {
      type: a.type,
      source: a.source,
      target: a.target,
      props: { ...a.props },
      evidence: new Map([[evidenceKey(a.evidence), a.evidence]]),
      confidence: a.confidence,
    });
    return;
  }
  // the first statement of a property wins, as it did when edges were merged one by one
  edge.props = { ...a.props, ...edge.props };
  addEvidence(edge.evidence, a.evidence);
  edge.confidence = Math.max(edge.confidence, a.confidence);
}
