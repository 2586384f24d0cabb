// The evidence table: runs sorted by document id then offsets, duplicates dropped, quotes cut
// from texts stored as UTF-8 at UTF-16 offsets.

import process from 'node:process';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import {
  EvidenceTableBuilder,
  citesDocument,
  quotedEvidence,
} from '../../src/6-graph/evidence-table.js';

const documents = [
  { id: 'b-doc', file: 'one.txt', title: 'One', language: 'fr' },
  { id: 'a-doc', file: 'two.txt', title: 'Two', language: 'fr' },
];
const texts = ['Zoë 😀 a rencontré Лукашенко.', 'Plain text here.'];

it('lays out each run sorted, without duplicates, the first rule winning', () => {
  const builder = new EvidenceTableBuilder(documents, texts);
  const run = builder.addRun([
    builder.piece(0, 19, 28, 'later'),
    builder.piece(1, 0, 5, 'plain'),
    builder.piece(0, 0, 3, 'first'),
    builder.piece(0, 0, 3, 'duplicate'),
  ]);
  const other = builder.addRun([builder.piece(1, 6, 10, 'plain')]);
  const table = builder.build();
  expect(run).toEqual({ evidenceFrom: 0, evidenceCount: 3 });
  expect(other).toEqual({ evidenceFrom: 3, evidenceCount: 1 });
  expect(quotedEvidence(table, run)).toEqual([
    { doc: 'a-doc', start: 0, end: 5, rule: 'plain', quote: 'Plain' },
    { doc: 'b-doc', start: 0, end: 3, rule: 'first', quote: 'Zoë' },
    { doc: 'b-doc', start: 19, end: 28, rule: 'later', quote: 'Лукашенко' },
  ]);
  expect(table.quote(3)).toBe('text');
  expect(citesDocument(table, other, 0)).toBe(false);
  expect(citesDocument(table, other, 1)).toBe(true);
});

it('keeps offsets exact after characters outside the BMP', () => {
  const builder = new EvidenceTableBuilder(documents, texts);
  const start = texts[0]?.indexOf('a rencontré') ?? -1;
  const run = builder.addRun([builder.piece(0, start, start + 11, 'r')]);
  expect(quotedEvidence(builder.build(), run)[0]?.quote).toBe('a rencontré');
});

/** Full garbage collections on demand, as node --expose-gc gives them. */
function collector(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

it('holds pending pieces outside the JavaScript heap (millions of them at 100k documents)', () => {
  const gc = collector();
  const heapUsed = () => {
    gc();
    return process.memoryUsage().heapUsed;
  };
  const builder = new EvidenceTableBuilder(documents, texts);
  const count = 200_000;
  const held: number[] = new Array<number>(count).fill(0);
  const before = heapUsed();
  for (let i = 0; i < count; i += 1) held[i] = builder.piece(i % 2, i, i + 3, 'rule');
  // rows of int32 columns: nothing a piece on the heap (an array a piece was ~80 B)
  expect((heapUsed() - before) / count).toBeLessThan(16);
  expect(builder.addRun(held.slice(0, 3))).toEqual({ evidenceFrom: 0, evidenceCount: 3 });
});
