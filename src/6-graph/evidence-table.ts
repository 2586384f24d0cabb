// All the evidence of a graph in columns: a piece costs 16 bytes (document, start, end, rule), not
// an object holding its quote. Nodes and edges point at a run of rows (evidenceFrom,
// evidenceCount); quotes are cut on demand from the document texts, kept as UTF-8 outside the
// JavaScript heap.

import { Buffer } from 'node:buffer';
import type { Evidence, QuotedEvidence } from '../types.js';
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
 * duplicates (one fact at one place is one piece; the first rule to state it names it).
 */
export class EvidenceTableBuilder {
  private readonly ruleIndex = new Map<string, number>();
  private readonly rules: string[] = [];
  private readonly texts: Buffer[];
  /** Position of each document when documents are ordered by id: runs sort by it. */
  private readonly rankOf: Int32Array;
  private doc: number[] = [];
  private start: number[] = [];
  private end: number[] = [];
  private rule: number[] = [];

  constructor(
    private readonly documents: readonly DocumentSummary[],
    texts: readonly string[],
  ) {
    this.texts = texts.map((text) => Buffer.from(text, 'utf8'));
    const byId = documents.map((_, i) => i).sort((a, b) => compareIds(documents, a, b));
    this.rankOf = new Int32Array(documents.length);
    byId.forEach((documentIndex, rank) => (this.rankOf[documentIndex] = rank));
  }

  /** A pending piece, to be passed to addRun: pieces are kept as numbers until then. */
  piece(documentIndex: number, start: number, end: number, rule: string): PendingPiece {
    let ruleIndex = this.ruleIndex.get(rule);
    if (ruleIndex === undefined) {
      ruleIndex = this.rules.length;
      this.rules.push(rule);
      this.ruleIndex.set(rule, ruleIndex);
    }
    return [documentIndex, start, end, ruleIndex];
  }

  /** Appends one node's or edge's pieces; returns where they lie. */
  addRun(pieces: readonly PendingPiece[]): EvidenceRun {
    const rank = this.rankOf;
    const order = pieces
      .map((_, i) => i)
      .sort((x, y) => {
        const a = pieces[x] as PendingPiece;
        const b = pieces[y] as PendingPiece;
        return (
          (rank[a[0]] ?? 0) - (rank[b[0]] ?? 0) || a[1] - b[1] || a[2] - b[2] // stable: first wins
        );
      });
    const evidenceFrom = this.doc.length;
    let previous: PendingPiece | undefined;
    for (const i of order) {
      const p = pieces[i] as PendingPiece;
      if (previous && previous[0] === p[0] && previous[1] === p[1] && previous[2] === p[2])
        continue;
      this.doc.push(p[0]);
      this.start.push(p[1]);
      this.end.push(p[2]);
      this.rule.push(p[3]);
      previous = p;
    }
    return { evidenceFrom, evidenceCount: this.doc.length - evidenceFrom };
  }

  build(): EvidenceTable {
    const table = new EvidenceTable(this.documents, this.texts, this.rules, {
      doc: Int32Array.from(this.doc),
      start: Int32Array.from(this.start),
      end: Int32Array.from(this.end),
      rule: Uint16Array.from(this.rule),
    });
    this.doc = [];
    this.start = [];
    this.end = [];
    this.rule = [];
    return table;
  }
}

/** Document index, start, end, rule index. */
export type PendingPiece = readonly [number, number, number, number];

function compareIds(documents: readonly DocumentSummary[], a: number, b: number): number {
  return (documents[a]?.id ?? '').localeCompare(documents[b]?.id ?? '');
}
