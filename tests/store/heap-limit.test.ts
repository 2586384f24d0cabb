// A build stopped by the heap guard, at whatever loop, leaves the store as it was: the same bytes,
// no temporary. The guard here stops at a chosen stage; tests/cli/heap-limit.test.ts runs out of
// a real heap.

import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HeapLimitError, type HeapStage } from '../../src/heap-guard.js';
import { loadGraph } from '../../src/store/load-graph.js';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'protokol-heap-'));
  cpSync('sources', join(root, 'sources'), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const storeBytes = (store: string) =>
  Object.fromEntries(readdirSync(store).map((f) => [f, readFileSync(join(store, f))]));

function stopAt(stage: HeapStage) {
  return (at: HeapStage, done: number, total: number) => {
    if (at === stage)
      throw new HeapLimitError(`stopped ${at} at document ${done} of ${total}`, at, {
        used: 1,
        limit: 1,
      });
  };
}

it.each<HeapStage>(['reading', 'extracting', 'building the graph', 'saving the store'])(
  'leaves the store byte for byte as it was when stopped while %s',
  async (stage) => {
    const sources = join(root, 'sources');
    const store = join(root, '.protokol');
    await loadGraph({ sources, store, strict: false, heapCheck: false });
    const before = storeBytes(store);
    // an edited document: the next build has to extract, merge and save again
    const [first] = readdirSync(sources).filter((f) => f.endsWith('.txt'));
    writeFileSync(join(sources, first as string), 'Sergueï Lavrov est arrivé à Minsk le 3 juin.');
    await expect(
      loadGraph({ sources, store, strict: false, workers: 1, heapCheck: stopAt(stage) }),
    ).rejects.toBeInstanceOf(HeapLimitError);
    expect(storeBytes(store)).toEqual(before);
  },
);

it.each<HeapStage>(['reading the store', 'loading the stored graph'])(
  'says HeapLimitError, not a damaged store, when stopped while %s',
  async (stage) => {
    const sources = join(root, 'sources');
    const store = join(root, '.protokol');
    // sources older than the build: the graph file is trusted at the next start
    const anHourAgo = new Date(Date.now() - 3_600_000);
    for (const f of readdirSync(sources)) utimesSync(join(sources, f), anHourAgo, anHourAgo);
    await loadGraph({ sources, store, strict: false, heapCheck: false });
    const before = storeBytes(store);
    // 'reading the store' is the cold path: the graph file is not the sources' any more
    if (stage === 'reading the store') rmSync(join(store, 'graph.bin'));
    await expect(
      loadGraph({ sources, store, strict: false, heapCheck: stopAt(stage) }),
    ).rejects.toBeInstanceOf(HeapLimitError);
    if (stage === 'loading the stored graph') expect(storeBytes(store)).toEqual(before);
  },
);

it('stops an in-memory build (--no-store) too', async () => {
  await expect(
    loadGraph({
      sources: join(root, 'sources'),
      store: false,
      strict: false,
      heapCheck: stopAt('extracting'),
    }),
  ).rejects.toBeInstanceOf(HeapLimitError);
});
