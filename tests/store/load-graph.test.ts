// Every command's build: outside a project (no sources folder) it fails with an error naming
// the folder it looked for, not a raw ENOENT from scandir.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadGraph, MissingSourcesError } from '../../src/store/load-graph.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'protokol-nowhere-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it.each([
  ['a missing folder', () => join(dir, 'sources')],
  [
    'a file',
    () => {
      writeFileSync(join(dir, 'sources'), 'not a folder');
      return join(dir, 'sources');
    },
  ],
])('names %s given as the sources folder', async (_, sourcesOf) => {
  const sources = sourcesOf();
  const loading = loadGraph({ sources, store: join(dir, '.protokol'), strict: false });
  await expect(loading).rejects.toBeInstanceOf(MissingSourcesError);
  await expect(loading).rejects.toThrow(sources);
});
