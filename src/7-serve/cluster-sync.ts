// Processes of `serve --cluster` serving one graph: a worker that ingested a document asks the
// primary to have every other worker rebuild, and answers the mutation once they all have.

import cluster, { type Worker } from 'node:cluster';

interface RebuildRequest {
  readonly protokol: 'rebuild';
  readonly id: number;
}
interface RebuildDone {
  readonly protokol: 'rebuilt';
  readonly id: number;
}
type SyncMessage = RebuildRequest | RebuildDone;

function isSyncMessage(message: unknown): message is SyncMessage {
  const protokol = (message as { protokol?: unknown } | null)?.protokol;
  return protokol === 'rebuild' || protokol === 'rebuilt';
}

/** A worker whose rebuild takes longer is not waited for (its next rebuild still comes). */
const REBUILD_WAIT_MS = 60_000;

/**
 * In the primary: a rebuild asked by one worker is passed to the others; the asker hears
 * `rebuilt` once each of them answered (or left).
 */
export function relayRebuilds(workers: () => readonly Worker[]): void {
  let nextId = 0;
  cluster.on('message', (from: Worker, message: unknown) => {
    if (!isSyncMessage(message) || message.protokol !== 'rebuild') return;
    const others = workers().filter((w) => w !== from && w.isConnected());
    const done = others.map((worker) => {
      const id = (nextId += 1);
      return new Promise<void>((resolve) => {
        const timer = setTimeout(finish, REBUILD_WAIT_MS);
        function finish() {
          clearTimeout(timer);
          worker.off('message', onMessage);
          worker.off('exit', finish);
          resolve();
        }
        function onMessage(reply: unknown) {
          if (isSyncMessage(reply) && reply.protokol === 'rebuilt' && reply.id === id) finish();
        }
        worker.on('message', onMessage);
        worker.once('exit', finish);
        worker.send({ protokol: 'rebuild', id } satisfies RebuildRequest);
      });
    });
    void Promise.all(done).then(() => {
      if (from.isConnected())
        from.send({ protokol: 'rebuilt', id: message.id } satisfies RebuildDone);
    });
  });
}

/**
 * In a worker: rebuilds when the primary says another worker ingested, and answers
 * `othersRebuilt`, to await after an ingest of its own.
 */
export function syncWithPrimary(rebuild: () => Promise<unknown>): {
  othersRebuilt: () => Promise<void>;
} {
  let nextId = 0;
  const waiting = new Map<number, () => void>();
  process.on('message', (message: unknown) => {
    if (!isSyncMessage(message)) return;
    if (message.protokol === 'rebuilt') {
      waiting.get(message.id)?.();
      waiting.delete(message.id);
      return;
    }
    const answer = () =>
      process.send?.({ protokol: 'rebuilt', id: message.id } satisfies RebuildDone);
    rebuild().then(answer, answer);
  });
  return {
    othersRebuilt: () =>
      new Promise<void>((resolve) => {
        const id = (nextId += 1);
        waiting.set(id, resolve);
        process.send?.({ protokol: 'rebuild', id } satisfies RebuildRequest);
      }),
  };
}
