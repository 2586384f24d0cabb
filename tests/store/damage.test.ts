// The store checks what it reads: a flipped bit anywhere in the snapshot is found (reported by the
// document it hit, which is extracted again) or is harmless; never a silently different graph, a
// crash, or damage that stays. Killed writers' temporaries are cleared at the next build.

import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serialiseGraph } from '../../src/6-graph/serialise.js';
import { buildGraphFromDirectory } from '../../src/pipeline.js';
import { buildWithStore } from '../../src/store/incremental-build.js';
import { loadSnapshot, SNAPSHOT_FILE } from '../../src/store/snapshot.js';

const SOURCES = ['001_9ccdf91c981e6743.txt', '002_dbc88e7f93c49182.txt'];
let root: string;
let sources: string;
let store: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'protokol-damage-'));
  sources = join(root, 'sources');
  store = join(root, '.protokol');
  mkdirSync(sources);
  for (const name of SOURCES) copyFileSync(join('sources', name), join(sources, name));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const STORE_WARNINGS = ['UNREADABLE_STORE', 'DAMAGED_STORE_DOCUMENT'];

it('finds or shrugs off each of 40 single-bit flips in snapshot.json, and repairs the store', async () => {
  const scratch = serialiseGraph((await buildGraphFromDirectory(sources)).graph);
  await buildWithStore(sources, { storeDir: store });
  const file = join(store, SNAPSHOT_FILE);
  const pristine = readFileSync(file);
  const pristineDocuments = (await loadSnapshot(store)).value?.documents;
  const silent: number[] = [];
  for (let i = 0; i < 40; i += 1) {
    const flipped = Buffer.from(pristine);
    const offset = Math.floor(((i + 0.5) * pristine.length) / 40);
    flipped[offset] = (flipped[offset] as number) ^ (1 << (i % 8));
    writeFileSync(file, flipped);
    const read = await loadSnapshot(store);
    const reported = read.diagnostics.some((d) => STORE_WARNINGS.includes(d.code));
    if (!reported) expect(read.value?.documents).toEqual(pristineDocuments);
    if (!reported) silent.push(offset);
    const built = await buildWithStore(sources, { storeDir: store });
    expect(serialiseGraph(built.graph)).toBe(scratch);
    // the damage does not stay: the next build reads a sound store and extracts nothing
    const again = await buildWithStore(sources, { storeDir: store });
    expect({ extracted: again.extracted, diagnostics: again.diagnostics }).toEqual({
      extracted: [],
      diagnostics: [],
    });
    writeFileSync(file, pristine);
  }
  // only the opening line's date may take a flip unreported (the graph does not depend on it)
  expect(silent.length).toBeLessThan(5);
}, 300_000);

it('names the document whose "name" became "ncme", extracts it again, and builds', async () => {
  await buildWithStore(sources, { storeDir: store });
  const file = join(store, SNAPSHOT_FILE);
  writeFileSync(file, readFileSync(file, 'utf8').replace('"name"', '"ncme"'));
  const built = await buildWithStore(sources, { storeDir: store });
  expect(built.extracted).toEqual([SOURCES[0]]);
  const damage = built.diagnostics.filter((d) => d.code === 'DAMAGED_STORE_DOCUMENT');
  expect(damage).toHaveLength(1);
  expect(damage[0]?.message).toContain(SOURCES[0]);
  expect(damage[0]?.file).toBe(file);
});

it('keeps the sound documents of a snapshot cut short, and extracts only the lost one', async () => {
  await buildWithStore(sources, { storeDir: store });
  const file = join(store, SNAPSHOT_FILE);
  const text = readFileSync(file, 'utf8');
  writeFileSync(file, text.slice(0, text.length - 20)); // into the last document's line
  const built = await buildWithStore(sources, { storeDir: store });
  expect(built.extracted).toEqual([SOURCES[1]]);
  expect(built.diagnostics.map((d) => d.code)).toContain('UNREADABLE_STORE');
});

it('removes the temporaries that killed writers left, and says how much they weighed', async () => {
  await buildWithStore(sources, { storeDir: store });
  // a writer whose process is gone (no process has this number) and left 2 MB behind
  const left = join(store, `${SNAPSHOT_FILE}.4194999.m3x0k2.tmp`);
  writeFileSync(left, Buffer.alloc(2_000_000, 0x20));
  const built = await buildWithStore(sources, { storeDir: store });
  expect(existsSync(left)).toBe(false);
  const found = built.diagnostics.find((d) => d.code === 'PARTIAL_STORE_WRITE');
  expect(found?.message).toMatch(/removed 1 partial snapshot\(s\) \(2\.0 MB\)/);
});
