// The graph file: a start on unchanged sources loads the graph the last build wrote, equal to a
// build from scratch, with the read's warnings; any change to a source (even one that keeps its
// size and modification time), a source modified too recently to trust its stamp, a rewritten
// snapshot or a damaged graph file sends the build down the full path.

import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serialiseGraph } from '../../src/6-graph/serialise.js';
import { buildGraphFromDirectory } from '../../src/pipeline.js';
import { GRAPH_FILE, loadGraphFile } from '../../src/store/graph-store.js';
import { buildWithStore, folderKey } from '../../src/store/incremental-build.js';
import { SNAPSHOT_FILE } from '../../src/store/snapshot.js';
import { fileStamp, fingerprintSources } from '../../src/store/source-fingerprint.js';

const SOURCES = ['001_9ccdf91c981e6743.txt', '002_dbc88e7f93c49182.txt'];
const AN_HOUR_AGO = new Date(Date.now() - 3_600_000);
let root: string;
let sources: string;
let store: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'protokol-warm-'));
  sources = join(root, 'sources');
  store = join(root, '.protokol');
  mkdirSync(sources);
  for (const name of SOURCES) copyFileSync(join('sources', name), join(sources, name));
  age();
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** Sources last modified an hour ago: their stamps can be trusted at once. */
function age() {
  for (const name of readdirSync(sources))
    utimesSync(join(sources, name), AN_HOUR_AGO, AN_HOUR_AGO);
}

async function storedGraph() {
  return loadGraphFile(store, {
    folder: folderKey(store, sources),
    sources: await fingerprintSources(sources),
    snapshot: await fileStamp(join(store, SNAPSHOT_FILE)),
  });
}

async function expectSameAsScratch() {
  const built = await buildWithStore(sources, { storeDir: store });
  const scratch = await buildGraphFromDirectory(sources);
  expect(serialiseGraph(built.graph)).toBe(serialiseGraph(scratch.graph));
  return built;
}

it('starts from the graph file on unchanged sources, as the full build returned it', async () => {
  copyFileSync(join('sources', SOURCES[0] as string), join(sources, 'copy.txt'));
  age();
  const first = await expectSameAsScratch();
  expect((await storedGraph()).value).toBeDefined();
  const warm = await expectSameAsScratch();
  expect(warm.diagnostics).toEqual(first.diagnostics);
  expect(warm.diagnostics.map((d) => d.code)).toContain('DUPLICATE_DOCUMENT');
  expect(warm.documents.map((d) => [d.id, d.file, d.title, d.duplicates])).toEqual(
    first.documents.map((d) => [d.id, d.file, d.title, d.duplicates]),
  );
  expect({ extracted: warm.extracted, reused: warm.reused }).toEqual({
    extracted: [],
    reused: first.extracted,
  });
});

it('reads the sources again after an edit that keeps the size and the modification time', async () => {
  await expectSameAsScratch();
  const file = join(sources, SOURCES[1] as string);
  const text = readFileSync(file, 'utf8');
  const { mtime } = statSync(file);
  writeFileSync(file, text.replace('e', 'a'));
  utimesSync(file, mtime, mtime);
  expect((await storedGraph()).value).toBeUndefined();
  const built = await expectSameAsScratch();
  expect(built.extracted).toEqual([SOURCES[1]]);
});

it('does not trust the stamp of a source modified just now', async () => {
  await expectSameAsScratch();
  writeFileSync(join(sources, 'new.txt'), 'Sergueï Lavrov est arrivé à Minsk le 3 juillet 2024.\n');
  await expectSameAsScratch();
  // the graph file was written, but new.txt was too fresh to vouch for
  expect((await storedGraph()).value).toBeUndefined();
  age();
  await expectSameAsScratch();
  expect((await storedGraph()).value).toBeDefined();
});

it('is not used once the snapshot was rewritten, and a damaged one is rebuilt with a warning', async () => {
  await expectSameAsScratch();
  const snapshot = join(store, SNAPSHOT_FILE);
  writeFileSync(snapshot, readFileSync(snapshot));
  expect((await storedGraph()).value).toBeUndefined();
  await expectSameAsScratch();
  const file = join(store, GRAPH_FILE);
  const bytes = readFileSync(file);
  const offset = Math.floor(bytes.length * 0.8);
  bytes[offset] = (bytes[offset] as number) ^ 4;
  writeFileSync(file, bytes);
  const built = await expectSameAsScratch();
  expect(built.diagnostics.map((d) => d.message).join('\n')).toMatch(
    /graph\.bin: its checksum does not match/,
  );
  const again = await expectSameAsScratch();
  expect(again.diagnostics).toEqual([]);
  expect((await storedGraph()).value).toBeDefined();
});

it('keeps to its folder: another folder built in the same store is not served from it', async () => {
  await expectSameAsScratch();
  const other = join(root, 'other');
  mkdirSync(other);
  copyFileSync(join('sources', SOURCES[0] as string), join(other, 'only.txt'));
  const built = await buildWithStore(other, { storeDir: store });
  expect(built.documents.map((d) => d.file)).toEqual(['only.txt']);
});
