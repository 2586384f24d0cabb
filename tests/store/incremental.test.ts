// The store: an incremental build equals a build from scratch after every add, edit, rename and
// deletion; removed documents take their evidence with them; a bad snapshot means a rebuild.

import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serialiseGraph } from '../../src/6-graph/serialise.js';
import { buildGraphFromDirectory } from '../../src/pipeline.js';
import { buildWithStore } from '../../src/store/incremental-build.js';
import { SNAPSHOT_FILE } from '../../src/store/snapshot.js';

const SOURCES = [
  '000_410b3022a7af6331.txt',
  '001_9ccdf91c981e6743.txt',
  '002_dbc88e7f93c49182.txt',
];
let root: string;
let sources: string;
let store: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'protokol-store-'));
  sources = join(root, 'sources');
  store = join(root, '.protokol');
  mkdirSync(sources);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const add = (name: string, as = name) => copyFileSync(join('sources', name), join(sources, as));

async function expectSameAsScratch() {
  const incremental = await buildWithStore(sources, { storeDir: store });
  const scratch = await buildGraphFromDirectory(sources);
  expect(serialiseGraph(incremental.graph)).toBe(serialiseGraph(scratch.graph));
  return incremental;
}

it('equals a build from scratch through adds, edits, renames and deletions', async () => {
  add(SOURCES[0] as string);
  add(SOURCES[1] as string);
  let built = await expectSameAsScratch();
  expect(built.extracted).toHaveLength(2);

  add(SOURCES[2] as string);
  built = await expectSameAsScratch();
  expect({ extracted: built.extracted.length, reused: built.reused.length }).toEqual({
    extracted: 1,
    reused: 2,
  });
  expect(built.graph.hasNode('place:kremlin')).toBe(true);

  const edited = join(sources, SOURCES[1] as string);
  writeFileSync(
    edited,
    `${readFileSync(edited, 'utf8')}\nSergueï Lavrov a rencontré Alexandre Loukachenko à Minsk.\n`,
  );
  built = await expectSameAsScratch();
  expect(built.extracted).toEqual([SOURCES[1]]);

  renameSync(join(sources, SOURCES[0] as string), join(sources, 'renamed.txt'));
  built = await expectSameAsScratch();
  expect(built.extracted).toEqual([]);

  unlinkSync(join(sources, SOURCES[2] as string));
  built = await expectSameAsScratch();
  expect(built.removed).toEqual([SOURCES[2]]);
  // only that document said where the meeting was: its evidence, and the place, are gone
  expect(built.graph.hasNode('place:kremlin')).toBe(false);

  writeFileSync(
    join(sources, 'renamed.meta.json'),
    JSON.stringify({ title: 'Un autre titre', publishedAt: '2024-05-25' }),
  );
  built = await expectSameAsScratch();
  expect(built.extracted).toEqual(['renamed.txt']);
});

it('counts one document under two names once, with both paths in the index', async () => {
  add(SOURCES[1] as string);
  add(SOURCES[1] as string, 'copy.txt');
  const built = await expectSameAsScratch();
  expect(built.documents).toHaveLength(1);
  const snapshot = JSON.parse(readFileSync(join(store, SNAPSHOT_FILE), 'utf8'));
  expect(snapshot.documents[0].document.files.sort()).toEqual([SOURCES[1], 'copy.txt'].sort());
});

it('leaves the snapshot untouched when nothing changed, and rewrites it after a rename', async () => {
  add(SOURCES[0] as string);
  await buildWithStore(sources, { storeDir: store });
  const snapshot = () => readFileSync(join(store, SNAPSHOT_FILE), 'utf8');
  const first = snapshot();
  await new Promise((resolve) => setTimeout(resolve, 5));
  const again = await expectSameAsScratch();
  expect(again.extracted).toHaveLength(0);
  expect(snapshot()).toBe(first);
  renameSync(join(sources, SOURCES[0] as string), join(sources, 'renamed.txt'));
  await expectSameAsScratch();
  expect(JSON.parse(snapshot()).documents[0].document.files).toEqual(['renamed.txt']);
});

it('reads its snapshot back after an editor turned its line breaks into CRLF', async () => {
  add(SOURCES[1] as string);
  await buildWithStore(sources, { storeDir: store });
  const file = join(store, SNAPSHOT_FILE);
  writeFileSync(file, readFileSync(file, 'utf8').replaceAll('\n', '\r\n'));
  const built = await expectSameAsScratch();
  expect(built.extracted).toHaveLength(0);
  expect(built.diagnostics).toEqual([]);
});

it('rebuilds, with a warning naming the file, from a corrupt, foreign or older snapshot', async () => {
  add(SOURCES[1] as string);
  await buildWithStore(sources, { storeDir: store });
  const opening = `{"format":"protokol-store","formatVersion":4,"extractionKey":"k","builtAt":"2024-01-01T00:00:00.000Z","documents":[`;
  for (const bad of [
    '{"format": "protokol-store", "documents": [',
    // the line layout the store writes, cut short after its opening line
    `${opening}\n`,
    '{"format": "other"}',
    // document lines that are not what the store writes: no checksum, a wrong one, broken JSON
    ...[
      '{"id":"x","files":["a.txt"],"doc":{"id":"x"},"rules":[],"entities":[],"assertions":[]}',
      '{"sum":"0123456789abcdef","document":{"id":"x","files":["a.txt"],"doc":{"id":"x"},"rules":[],"entities":[null],"assertions":[]}}',
      '{"sum":"0123456789abcdef","document":{"id":"x"',
    ].map((line) => `${opening}\n${line}\n]}\n`),
    '{"format":"protokol-store","formatVersion":3,"documents":[\n{"id":"x"}\n]}\n',
    '{"format":"protokol-store","formatVersion":99,"documents":[],"graph":{"nodes":[]}}',
  ]) {
    writeFileSync(join(store, SNAPSHOT_FILE), bad);
    const built = await expectSameAsScratch();
    expect(built.extracted).toHaveLength(1);
    expect(built.diagnostics.map((d) => d.message).join('\n')).toMatch(
      /snapshot\.json: .*(rebuilding|extracting .* again)/,
    );
  }
});

it('keeps each folder apart: build X, build Y, build X extracts nothing the third time', async () => {
  const other = join(root, 'other');
  mkdirSync(other);
  add(SOURCES[0] as string);
  add(SOURCES[1] as string);
  copyFileSync(join('sources', SOURCES[2] as string), join(other, SOURCES[2] as string));
  const first = await buildWithStore(sources, { storeDir: store });
  const second = await buildWithStore(other, { storeDir: store });
  const third = await buildWithStore(sources, { storeDir: store });
  expect([first, second, third].map((b) => b.extracted.length)).toEqual([2, 1, 0]);
  expect({ reused: third.reused.length, removed: third.removed }).toEqual({
    reused: 2,
    removed: [],
  });
  expect(serialiseGraph(third.graph)).toBe(serialiseGraph(first.graph));
  // the other folder's documents are still there too, and its graph holds only its own
  const fourth = await buildWithStore(other, { storeDir: store });
  expect({ extracted: fourth.extracted, documents: fourth.documents.length }).toEqual({
    extracted: [],
    documents: 1,
  });
});

it('reuses an extraction of the same document found in another folder', async () => {
  const other = join(root, 'other');
  mkdirSync(other);
  add(SOURCES[0] as string);
  copyFileSync(join('sources', SOURCES[0] as string), join(other, 'copy.txt'));
  await buildWithStore(sources, { storeDir: store });
  const built = await buildWithStore(other, { storeDir: store });
  expect(built.extracted).toEqual([]);
});
