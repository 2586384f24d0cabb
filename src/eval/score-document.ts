// One gold document against a graph, with the matching rules of the gold README: one-to-one
// entity alignment by folded name or alias (events also by date and format), relations by
// (type, aligned source, aligned target), optional items neutral.

import { citesDocument, evidenceRows } from '../6-graph/evidence-table.js';
import { foldName } from '../4-resolve/normalise.js';
import type { KnowledgeGraph } from '../6-graph/types.js';
import type { EntityType } from '../types.js';
import type { GoldDocument, GoldEntity, GoldRelation } from './gold.js';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Finding {
  readonly doc: string;
  readonly kind: 'entity' | 'relation';
  readonly item: string;
}

/** Raw counts of one document, by entity and relation type: what reports add up. */
export interface DocumentScore {
  readonly doc: string;
  readonly read: boolean;
  readonly entities: ReadonlyMap<string, Counts>;
  readonly relations: ReadonlyMap<string, Counts>;
  readonly props: { readonly correct: number; readonly total: number };
  readonly missed: readonly Finding[];
  readonly invented: readonly Finding[];
}

interface Predicted {
  readonly key: string;
  readonly type: EntityType;
  readonly names: readonly string[];
  readonly start?: string;
  readonly format?: string;
}

export function scoreDocument(graph: KnowledgeGraph, g: GoldDocument): DocumentScore {
  const docId = documentIdOf(graph, g.doc);
  const entities = new Map<string, Counts>();
  const relations = new Map<string, Counts>();
  const missed: Finding[] = [];
  const invented: Finding[] = [];
  const props = { correct: 0, total: 0 };
  const finding = (kind: Finding['kind'], item: string): Finding => ({ doc: g.doc, kind, item });

  const predicted = docId ? predictedEntities(graph, docId) : [];
  const alignment = alignEntities(g.entities, predicted);
  const goldById = new Map(g.entities.map((e) => [e.id, e]));
  for (const e of g.entities) {
    if (e.optional) continue;
    if (alignment.goldToPred.has(e.id)) bump(entities, e.type, 'tp');
    else {
      bump(entities, e.type, 'fn');
      missed.push(finding('entity', `${e.type} ${e.id} (${e.mentions.slice(0, 3).join(' | ')})`));
    }
  }
  for (const p of predicted) {
    if (alignment.predToGold.has(p.key)) continue;
    bump(entities, p.type, 'fp');
    invented.push(finding('entity', `${p.type} ${p.key} (${p.names.slice(0, 3).join(' | ')})`));
  }

  const matchedGold = new Set<GoldRelation>();
  for (const edge of docId ? predictedEdges(graph, docId) : []) {
    const source = alignment.predToGold.get(edge.source);
    const target = alignment.predToGold.get(edge.target);
    const match =
      source && target
        ? g.relations.find(
            (r) => !matchedGold.has(r) && relationMatches(r, edge.type, source, target),
          )
        : undefined;
    if (match) {
      matchedGold.add(match);
      if (match.optional) continue;
      bump(relations, edge.type, 'tp');
      scoreProps(match, edge.props, alignment.predToGold, props);
    } else if (!(
      source &&
      target &&
      g.relations.some((r) => r.optional && relationMatches(r, edge.type, source, target))
    )) {
      bump(relations, edge.type, 'fp');
      invented.push(finding('relation', `${edge.type} ${edge.source} -> ${edge.target}`));
    }
  }
  for (const r of g.relations) {
    if (r.optional || matchedGold.has(r)) continue;
    bump(relations, r.type, 'fn');
    const hint = goldById.has(r.source) && goldById.has(r.target) ? '' : ' (unknown id)';
    missed.push(finding('relation', `${r.type} ${r.source} -> ${r.target}${hint}`));
  }
  return { doc: g.doc, read: docId !== undefined, entities, relations, props, missed, invented };
}

function bump(map: Map<string, Counts>, type: string, field: keyof Counts): void {
  const c = map.get(type) ?? { tp: 0, fp: 0, fn: 0 };
  c[field] += 1;
  map.set(type, c);
}

function documentIdOf(graph: KnowledgeGraph, file: string): string | undefined {
  return graph.getAttribute('documents').find((d) => d.file === file)?.id;
}

/** Node key -> gold id for the entities of one annotated document (the eval's own matching). */
export function alignGoldDocument(
  graph: KnowledgeGraph,
  gold: GoldDocument,
): ReadonlyMap<string, string> {
  const docId = documentIdOf(graph, gold.doc);
  if (!docId) return new Map();
  return alignEntities(gold.entities, predictedEntities(graph, docId)).predToGold;
}

function predictedEntities(graph: KnowledgeGraph, docId: string): Predicted[] {
  const table = graph.getAttribute('evidence');
  const documentIndex = table.documents.findIndex((d) => d.id === docId);
  return graph
    .mapNodes((key, a) => ({ key, a }))
    .filter(({ a }) => citesDocument(table, a, documentIndex))
    .map(({ key, a }) => {
      const surfaces = evidenceRows(a)
        .filter((row) => table.documentIndex(row) === documentIndex)
        .map((row) => table.quote(row));
      return {
        key,
        type: a.type,
        names: [...new Set([a.name, ...a.aliases, ...surfaces])],
        ...(a.start ? { start: a.start } : {}),
        ...(a.format ? { format: a.format } : {}),
      };
    });
}

function predictedEdges(graph: KnowledgeGraph, docId: string) {
  const table = graph.getAttribute('evidence');
  const documentIndex = table.documents.findIndex((d) => d.id === docId);
  return graph
    .mapEdges((key, a, source, target) => ({
      key,
      type: a.type,
      props: a.props,
      source,
      target,
      inDoc: citesDocument(table, a, documentIndex),
    }))
    .filter((e) => e.inDoc);
}

/** Gold event subtypes name the same formats in lower case ("talks_restricted" = RESTRICTED_TALKS). */
export function formatOfSubtype(subtype: string | undefined): string | undefined {
  if (!subtype) return undefined;
  const special: Record<string, string> = {
    talks_restricted: 'RESTRICTED_TALKS',
    talks_expanded: 'EXPANDED_TALKS',
  };
  return special[subtype] ?? subtype.toUpperCase();
}

function alignEntities(gold: readonly GoldEntity[], predicted: readonly Predicted[]) {
  const goldToPred = new Map<string, string>();
  const predToGold = new Map<string, string>();
  const foldedNames = new Map(predicted.map((p) => [p.key, new Set(p.names.map(foldName))]));
  const byName = (g: GoldEntity, p: Predicted) =>
    [g.name, ...g.mentions].some((n) => foldedNames.get(p.key)?.has(foldName(n)));
  const byDate = (g: GoldEntity, p: Predicted) =>
    g.type === 'Event' &&
    g.date !== undefined &&
    p.start !== undefined &&
    p.start.startsWith(g.date) &&
    p.format === formatOfSubtype(g.subtype);
  const ordered = [...gold.filter((g) => !g.optional), ...gold.filter((g) => g.optional)];
  for (const test of [byName, byDate]) {
    for (const g of ordered) {
      if (goldToPred.has(g.id)) continue;
      const p = predicted.find((c) => c.type === g.type && !predToGold.has(c.key) && test(g, c));
      if (!p) continue;
      goldToPred.set(g.id, p.key);
      predToGold.set(p.key, g.id);
    }
  }
  return { goldToPred, predToGold };
}

function relationMatches(r: GoldRelation, type: string, source: string, target: string): boolean {
  if (r.type !== type) return false;
  if (r.source === source && r.target === target) return true;
  return type === 'MET_WITH' && r.source === target && r.target === source;
}

function scoreProps(
  gold: GoldRelation,
  predicted: Readonly<Record<string, string>>,
  predToGold: ReadonlyMap<string, string>,
  counts: { correct: number; total: number },
): void {
  for (const [name, value] of Object.entries(gold.props ?? {})) {
    if (name === 'of') continue;
    counts.total += 1;
    const mine = predicted[name];
    const mapped = mine && predToGold.get(mine) ? predToGold.get(mine) : mine;
    if (mapped !== undefined && foldName(mapped) === foldName(value)) counts.correct += 1;
  }
}
