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

export function buildGraph(extractions: readonly DocumentExtraction[]): KnowledgeGraph {
  const graph: KnowledgeGraph = new MultiDirectedGraph<
    EntityAttributes,
    RelationAttributes,
    GraphAttributes
  >();
  const ordered = [...extractions].sort((a, b) => a.doc.file.localeCompare(b.doc.file));
  graph.replaceAttributes({
    extractionVersion: EXTRACTION_VERSION,
    documents: ordered.map(({ doc }) => ({
      id: doc.id,
      file: doc.file,
      title: doc.title,
      language: doc.language,
      ...(doc.url ? { url: doc.url } : {}),
      ...(doc.publishedAt ? { publishedAt: doc.publishedAt } : {}),
    })),
  });
  for (const { doc, entities } of ordered)
    for (const entity of entities) mergeEntity(graph, doc.id, entity);
  for (const { assertions } of ordered) for (const a of assertions) mergeAssertion(graph, a);
  return sortGraph(graph);
}

function mergeEntity(graph: KnowledgeGraph, docId: string, entity: EntityRecord): void {
  const evidence = entity.mentions.map((m) => ({
    doc: docId,
    start: m.start,
    end: m.end,
    quote: m.surface,
    rule: m.rule,
  }));
  const existing = graph.hasNode(entity.key) ? graph.getNodeAttributes(entity.key) : undefined;
  const attributes: EntityAttributes = {
    type: entity.type,
    name: existing?.name ?? entity.name,
    aliases: [...new Set([...(existing?.aliases ?? []), ...entity.aliases])].sort(),
    evidence: mergeEvidence(existing?.evidence ?? [], evidence),
  };
  const subtype = existing?.subtype ?? entity.subtype;
  const wikidata = existing?.wikidata ?? entity.wikidata;
  const format = existing?.format ?? entity.format;
  const start = existing?.start ?? entity.start;
  const end = existing?.end ?? entity.end;
  if (subtype) attributes.subtype = subtype;
  if (wikidata) attributes.wikidata = wikidata;
  if (format) attributes.format = format;
  if (start) attributes.start = start;
  if (end) attributes.end = end;
  graph.mergeNode(entity.key, attributes);
}

export function edgeKey(a: Pick<Assertion, 'type' | 'source' | 'target'>): string {
  return `${a.type}:${a.source}->${a.target}`;
}

function mergeAssertion(graph: KnowledgeGraph, a: Assertion): void {
  if (!graph.hasNode(a.source) || !graph.hasNode(a.target)) return;
  const key = edgeKey(a);
  const existing = graph.hasEdge(key) ? graph.getEdgeAttributes(key) : undefined;
  graph.mergeEdgeWithKey(key, a.source, a.target, {
    type: a.type,
    props: { ...a.props, ...(existing?.props ?? {}) },
    evidence: mergeEvidence(existing?.evidence ?? [], [a.evidence]),
    confidence: Math.max(existing?.confidence ?? 0, a.confidence),
  });
}

function mergeEvidence(a: readonly Evidence[], b: readonly Evidence[]): Evidence[] {
  const seen = new Map<string, Evidence>();
  for (const e of [...a, ...b]) {
    const key = `${e.doc}:${e.start}:${e.end}`;
    if (!seen.has(key)) seen.set(key, e);
  }
  return [...seen.values()].sort(
    (x, y) => x.doc.localeCompare(y.doc) || x.start - y.start || x.end - y.end,
  );
}

/** Same sources, same bytes: nodes and edges in key order whatever the file order. */
function sortGraph(graph: KnowledgeGraph): KnowledgeGraph {
  const sorted: KnowledgeGraph = new MultiDirectedGraph<
    EntityAttributes,
    RelationAttributes,
    GraphAttributes
  >();
  sorted.replaceAttributes(graph.getAttributes());
  for (const node of [...graph.nodes()].sort()) sorted.addNode(node, graph.getNodeAttributes(node));
  for (const edge of [...graph.edges()].sort())
    sorted.addEdgeWithKey(
      edge,
      graph.source(edge),
      graph.target(edge),
      graph.getEdgeAttributes(edge),
    );
  return sorted;
}
