// extractDocument grows linearly with a document's length: the same French sentence repeated on
// one line, at two sizes four times apart. The ratio is of CPU time (the machine is shared), never
// a time itself; a gap of four keeps linear (4) far from quadratic (about 10) under load.

import { makeDocument } from '../src/1-read/read-documents.js';
import { extractDocument } from '../src/pipeline.js';

const SENTENCE =
  'Nikolaï Snopkov a rencontré Arman Issetov à Moscou en Russie le 3 juillet 2024, le 5 juillet 2024, le 9 août 2024 et le 12 septembre 2024.';

/** CPU seconds to extract `copies` copies of the sentence as one line (the least of five runs:
 * a parallel test run on two cores once lifted a linear 3.5 to 6.07). */
function extractionSeconds(copies: number): number {
  const doc = makeDocument(Array.from({ length: copies }, () => SENTENCE).join(' '), 'long.txt');
  const runs = [0, 1, 2, 3, 4].map(() => {
    const before = process.cpuUsage();
    extractDocument(doc);
    const used = process.cpuUsage(before);
    return (used.user + used.system) / 1e6;
  });
  return Math.min(...runs);
}

it('extracts a 800 kB line in less than 6 times the time of a 200 kB one (linear, not quadratic)', () => {
  const copies = Math.round(200_000 / SENTENCE.length);
  extractionSeconds(copies / 4); // warm the JIT and the memo tables
  const ratio = extractionSeconds(4 * copies) / extractionSeconds(copies);
  // linear is 4 (less, once compiled); the quadratic scans of before made 2x cost 2.9-3.3, so 4x ~10
  expect(ratio).toBeLessThan(6);
}, 300_000);
