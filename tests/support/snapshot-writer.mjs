// Writes large snapshots into the store folder given, forever, printing "saved N" after each:
// the crash test kills it with SIGKILL in the middle of a write.
import process from 'node:process';
import { saveSnapshot, snapshotOf } from '../../dist/store/snapshot.js';

const [storeDir] = process.argv.slice(2);
const padding = 'x'.repeat(1 << 20);
const documents = Array.from({ length: 40 }, (_, i) => ({
  id: `doc${i}`,
  files: [`doc${i}.txt`],
  size: padding.length,
  cacheKey: `key${i}`,
  extraction: {
    doc: { id: `doc${i}`, file: `doc${i}.txt`, title: padding, language: 'fr' },
    entities: [],
    assertions: [],
  },
}));
// generation n is stamped as built n seconds after the epoch
for (let n = 1; ; n += 1) {
  await saveSnapshot(storeDir, snapshotOf(documents, new Date(n * 1000)));
  process.stdout.write(`saved ${n}\n`);
}
