// All the evidence of a graph in columns: a piece costs 16 bytes (document, start, end, rule), not
// an object holding its quote. Nodes and edges point at a run of rows (evidenceFrom,
// evidenceCount); quotes are cut on demand from the document texts, kept as UTF-8 outside the
// JavaScript heap.

import { Buffer } from 'node:buffer';
import type { Evidence, QuotedEvidence } from '../types.js';
import { Int32Column } from './int32-column.js';
import type { DocumentSummary } from './types.js';

/** Where the evidence of one node or edge lies in the table. */
export interface EvidenceRun {
  readonly evidenceFrom: number;
  readonly evidenceCount: number;
}

export class EvidenceTable {
  /** The text last decoded: the pieces of one answer usually come from one document. */
  private cached: { index: number; text: string } | undefined;

  constructor(
    readonly documents: readonly DocumentSummary[],
    private readonly texts: readonly Buffer[],
    private readonly rules: readonly string[],
    private readonly columns: {
      readonly doc: Int32Array;
      readonly start: Int32Array;
      readonly end: Int32Array;
      readonly rule: Uint16Array;
    },
  ) {}

  /** What the table is made of: `new EvidenceTable(...table.parts())` is the same table. */
  parts(): ConstructorParameters<typeof EvidenceTable> {
    return [this.documents, this.texts, this.rules, this.columns];
  }

  get length(): number {
    return this.columns.doc.length;
  }

  documentIndex(row: number): number {
    return this.columns.doc[row] ?? -1;
  }

  document(row: number): DocumentSummary {
    const document = this.documents[this.documentIndex(row)];
    if (!document) throw new RangeError(`no evidence row ${row}`);
    return document;
  }

  start(row: number): number {
    return this.columns.start[row] ?? 0;
  }

  end(row: number): number {
    return this.columns.end[row] ?? 0;
  }

  /** The address of the page the piece comes from: its part's own, else the document's. */
  url(row: number): string | undefined {
    const document = this.document(row);
    const start = this.start(row);
    return document.parts?.find((p) => p.start <= start && start < p.end)?.url ?? document.url;
  }

  rule(row: number): string {
    return this.rules[this.columns.rule[row] ?? 0] ?? '';
  }

  /** Exactly the document's text between start and end. */
  quote(row: number): string {
    return this.text(this.documentIndex(row)).slice(this.start(row), this.end(row));
  }

  evidence(row: number): Evidence {
    const { id } = this.document(row);
    return { doc: id, start: this.start(row), end: this.end(row), rule: this.rule(row) };
  }

  quoted(row: number): QuotedEvidence {
    return { ...this.evidence(row), quote: this.quote(row) };
  }

  private text(index: number): string {
    if (this.cached?.index !== index) {
      this.cached = { index, text: this.texts[index]?.toString('utf8') ?? '' };
    }
    return this.cached.text;
  }
}

/** The rows of one node's or edge's evidence (the first `limit` of them). */
export function evidenceRows(run: EvidenceRun, limit = run.evidenceCount): number[] {
  return Array.from({ length: Math.min(limit, run.evidenceCount) }, (_, i) => run.evidenceFrom + i);
}

/** One node's or edge's evidence with its quotes, for exports, checks and tests. */
export function quotedEvidence(table: EvidenceTable, run: EvidenceRun): QuotedEvidence[] {
  return evidenceRows(run).map((row) => table.quoted(row));
}

/** Whether any piece of a run comes from the document at this index of the table. */
export function citesDocument(table: EvidenceTable, run: EvidenceRun, documentIndex: number) {
  for (let row = run.evidenceFrom; row < run.evidenceFrom + run.evidenceCount; row += 1) {
    if (table.documentIndex(row) === documentIndex) return true;
  }
  return false;
}

/**
 * Collects pieces per node or edge, then lays each one's pieces out as a sorted run without
 * duplicates (one fact at one place is one piece; the first rule to state it names it). Pending
 * pieces are rows of integer columns too: a build of 100k documents holds millions of them, and
 * an array per piece made most of its garbage.
 */
export class EvidenceTableBuilder {
  private readonly ruleIndex = new Map<string, number>();
  private readonly rules: string[] = [];
  private readonly texts: Buffer[];
  /** Position of each document when documents are ordered by id: runs sort by it. */
  private readonly rankOf: Int32Array;
  private readonly pending = {
    doc: new Int32Column(),
    start: new Int32Column(),
    end: new Int32Column(),
    rule: new Int32Column(),
  };
  private readonly laid = {
    doc: new Int32Column(),
    start: new Int32Column(),
    end: new Int32Column(),
    rule: new Int32Column(),
  };

  constructor(
    private readonly documents: readonly DocumentSummary[],
    texts: readonly string[],
  ) {
    this.texts = texts.map((text) => Buffer.from(text, 'utf8'));
    const byId = documents.map((_, i) => i).sort((a, b) => compareIds(documents, a, b));
    this.rankOf = new Int32Array(documents.length);
    byId.forEach((documentIndex, rank) => (this.rankOf[documentIndex] = rank));
  }

  /** A pending piece, to be passed to addRun: its row among the pending pieces. */
  piece(documentIndex: number, start: number, end: number, rule: string): PendingPiece {
    let ruleIndex = this.ruleIndex.get(rule);
    if (ruleIndex === undefined) {
      ruleIndex = this.rules.length;
      this.rules.push(rule);
      this.ruleIndex.set(rule, ruleIndex);
    }
    const { pending } = this;
    pending.start.push(start);
    pending.end.push(end);
    pending.rule.push(ruleIndex);
    return pending.doc.push(documentIndex);
  }

  /** Appends one node's or edge's pieces; returns where they lie. */
  addRun(pieces: readonly PendingPiece[]): EvidenceRun {
    const { rankOf, pending, laid } = this;
    const rank = (p: PendingPiece) => rankOf[pending.doc.at(p)] ?? 0;
    // by document, then offsets; rows are appended in order, so the first piece wins ties
    const order = [...pieces].sort(
      (a, b) =>
        rank(a) - rank(b) ||
        pending.start.at(a) - pending.start.at(b) ||
        pending.end.at(a) - pending.end.at(b) ||
        a - b,
    );
    const evidenceFrom = laid.doc.length;
    let previous = -1;
    for (const p of order) {
      const doc = pending.doc.at(p);
      const start = pending.start.at(p);
      const end = pending.end.at(p);
      if (
        previous !== -1 &&
        pending.doc.at(previous) === doc &&
        pending.start.at(previous) === start &&
        pending.end.at(previous) === end
      )
        continue;
      laid.doc.push(doc);
      laid.start.push(start);
      laid.end.push(end);
      laid.rule.push(pending.rule.at(p));
      previous = p;
    }
    return { evidenceFrom, evidenceCount: laid.doc.length - evidenceFrom };
  }

  build(): EvidenceTable {
    const { laid } = this;
    return new EvidenceTable(this.documents, this.texts, this.rules, {
      doc: laid.doc.toInt32Array(),
      start: laid.start.toInt32Array(),
      end: laid.end.toInt32Array(),
      rule: Uint16Array.from(laid.rule.toInt32Array()),
    });
  }
}

/** A piece collected but not laid out yet: its row in the builder's pending columns. */
export type PendingPiece = number;

function compareIds(documents: readonly DocumentSummary[], a: number, b: number): number {
  return (documents[a]?.id ?? '').localeCompare(documents[b]?.id ?? '');
}
