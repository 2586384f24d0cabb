// A worker thread that lays one graph out: LayoutInput in, the positions' two arrays out
// (transferred, not copied), so that ForceAtlas2's seconds never hold up a server's event loop.

import { parentPort } from 'node:worker_threads';
import { layOut, type LayoutInput } from './layout.js';

parentPort?.once('message', (input: LayoutInput) => {
  const laidOut = layOut(input);
  parentPort?.postMessage(laidOut, [laidOut.x.buffer, laidOut.y.buffer]);
});
