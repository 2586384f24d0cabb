// Scores graphs against gold documents: each document scored on its own (score-document.ts), then
// counts added up, micro-averaged over documents, by type and per document.

import type { KnowledgeGraph } from '../6-graph/types.js';
import type { GoldDocument } from './gold.js';
import { scoreDocument, type Counts, type DocumentScore, type Finding } from './score-document.js';

export { alignGoldDocument, formatOfSubtype, type Counts } from './score-document.js';

export interface Scores extends Counts {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export interface PropsScore {
  readonly correct: number;
  readonly total: number;
  readonly accuracy: number;
}

export interface DocumentReport {
  readonly doc: string;
  readonly entities: Scores;
  readonly relations: Scores;
  readonly props: PropsScore;
}

export interface EvalReport {
  readonly entities: Scores & { readonly byType: Record<string, Scores> };
  readonly relations: Scores & { readonly byType: Record<string, Scores> };
  readonly props: PropsScore;
  readonly documents: readonly DocumentReport[];
  readonly missed: readonly Finding[];
  readonly invented: readonly Finding[];
  readonly unreadDocuments: readonly string[];
}

export function scoreGraph(graph: KnowledgeGraph, gold: readonly GoldDocument[]): EvalReport {
  return combineScores(gold.map((g) => scoreDocument(graph, g)));
}

/** Adds up document scores, from one graph or several ("corpus plus sources"). */
export function combineScores(scores: readonly DocumentScore[]): EvalReport {
  const entities = addCounts(scores.map((s) => s.entities));
  const relations = addCounts(scores.map((s) => s.relations));
  const props = addProps(scores.map((s) => s.props));
  return {
    entities: summarise(entities),
    relations: summarise(relations),
    props: withAccuracy(props),
    documents: scores.map((s) => ({
      doc: s.doc,
      entities: withRates(total(s.entities)),
      relations: withRates(total(s.relations)),
      props: withAccuracy(s.props),
    })),
    missed: scores.flatMap((s) => s.missed),
    invented: scores.flatMap((s) => s.invented),
    unreadDocuments: scores.filter((s) => !s.read).map((s) => s.doc),
  };
}

function addCounts(maps: readonly ReadonlyMap<string, Counts>[]): Map<string, Counts> {
  const sum = new Map<string, Counts>();
  for (const map of maps) {
    for (const [type, c] of map) {
      const s = sum.get(type) ?? { tp: 0, fp: 0, fn: 0 };
      sum.set(type, { tp: s.tp + c.tp, fp: s.fp + c.fp, fn: s.fn + c.fn });
    }
  }
  return sum;
}

function addProps(props: readonly { correct: number; total: number }[]) {
  return props.reduce((a, p) => ({ correct: a.correct + p.correct, total: a.total + p.total }), {
    correct: 0,
    total: 0,
  });
}

function total(counts: ReadonlyMap<string, Counts>): Counts {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const c of counts.values()) {
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
  }
  return { tp, fp, fn };
}

function summarise(counts: Map<string, Counts>): Scores & { byType: Record<string, Scores> } {
  const byType: Record<string, Scores> = {};
  for (const [type, c] of [...counts.entries()].sort()) byType[type] = withRates(c);
  return { ...withRates(total(counts)), byType };
}

function withAccuracy(p: { correct: number; total: number }): PropsScore {
  return { ...p, accuracy: p.total === 0 ? 1 : p.correct / p.total };
}

function withRates(c: Counts): Scores {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}
