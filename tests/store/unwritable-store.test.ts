// The store is a cache: when the snapshot cannot be written the build warns with the folder and
// the reason, and still returns its graph. The write fails here as the file system would fail it.

import { jest } from '@jest/globals';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const failure = { code: 'EACCES', message: 'EACCES: permission denied' };
jest.unstable_mockModule('../../src/store/durable-write.js', () => ({
  clearPartialWrites: async () => [],
  writeFileDurably: async () => {
    throw Object.assign(new Error(`${failure.message}, open 'snapshot.json.tmp'`), {
      code: failure.code,
    });
  },
}));
const { buildWithStore } = await import('../../src/store/incremental-build.js');

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'protokol-unwritable-'));
  mkdirSync(join(root, 'sources'));
  copyFileSync(join('sources', '001_9ccdf91c981e6743.txt'), join(root, 'sources', 'a.txt'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

it.each([
  ['EACCES', 'EACCES: permission denied'],
  ['EPERM', 'EPERM: operation not permitted'],
  ['ENOSPC', 'ENOSPC: no space left on device'],
  ['EROFS', 'EROFS: read-only file system'],
])(
  'builds and warns, naming the store and the reason, when writing fails with %s',
  async (code, message) => {
    Object.assign(failure, { code, message });
    const store = join(root, '.protokol');
    const built = await buildWithStore(join(root, 'sources'), { storeDir: store });
    expect(built.graph.order).toBeGreaterThan(0);
    const warning = built.diagnostics.find((d) => d.code === 'UNWRITABLE_STORE');
    expect(warning?.severity).toBe('warning');
    expect(warning?.message).toContain(store);
    expect(warning?.message).toContain(code);
  },
);
