// `protokol serve`: one process, or one per core sharing the port (node:cluster).

import cluster, { type Worker } from 'node:cluster';
import { once } from 'node:events';
import { parsePort } from './parse-options.js';

export interface ServeOptions {
  port?: number;
  host: string;
  sources: string;
  watch?: boolean;
  cluster: number;
}

export async function serveOnce(
  opts: ServeOptions,
  store: string | false,
  worker: boolean,
): Promise<void> {
  // cluster workers: only the first logs, and the store is the primary's to write
  const quiet = worker && cluster.worker?.id !== 1;
  const token = process.env.PROTOKOL_TOKEN;
  const { apiOptionsFromEnv } = await import('../7-serve/create-server.js');
  const { syncWithPrimary } = await import('../7-serve/cluster-sync.js');
  const { startLiveServer } = await import('../7-serve/live-server.js');
  let sync: ReturnType<typeof syncWithPrimary> | undefined;
  const live = await startLiveServer({
    ...apiOptionsFromEnv(),
    sources: opts.sources,
    store,
    readOnlyStore: worker,
    listenWhenLoaded: worker,
    port: opts.port ?? (process.env.PORT ? parsePort(process.env.PORT) : 4000),
    host: opts.host,
    watch: opts.watch ?? false,
    ...(token ? { token } : {}),
    // with --watch every worker sees the file itself; without, the others are told
    ...(worker && !opts.watch
      ? { afterIngest: () => sync?.othersRebuilt() ?? Promise.resolve() }
      : {}),
    log: (line) => (quiet ? undefined : process.stdout.write(`${line}\n`)),
  });
  if (worker && !opts.watch) sync = syncWithPrimary(() => live.live.rebuild());
  const stop = (signal: string) => {
    if (!quiet) process.stderr.write(`protokol: ${signal}, shutting down\n`);
    live.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

/**
 * Serving on every core: the primary builds the store once, then forks workers that each hold
 * the graph and share the port (node:cluster). Workers start one after another, so that their
 * loading peaks do not add up; the first serves as soon as it is loaded, and the primary says
 * when all do. The first worker logs; SIGTERM stops them all.
 */
export async function serveClustered(
  opts: ServeOptions,
  store: string | false,
  build: (sources: string) => Promise<unknown>,
): Promise<void> {
  if (!cluster.isPrimary) return serveOnce(opts, store, true);
  await build(opts.sources);
  cluster.setupPrimary({ execArgv: withServingHeap(process.execArgv) });
  const workers: Worker[] = [];
  const { relayRebuilds } = await import('../7-serve/cluster-sync.js');
  if (!opts.watch) relayRebuilds(() => workers);
  let stopping = false;
  cluster.on('exit', (worker, code) => {
    if (!stopping)
      process.stderr.write(`protokol: worker ${worker.id} exited (${code}); serving on\n`);
  });
  const stop = (signal: string) => {
    stopping = true;
    process.stderr.write(`protokol: ${signal}, shutting down ${workers.length} workers\n`);
    for (const worker of workers) worker.process.kill('SIGTERM');
    Promise.all(workers.map((w) => new Promise((resolve) => w.once('exit', resolve)))).then(() =>
      process.exit(0),
    );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
  for (let i = 0; i < opts.cluster && !stopping; i += 1) {
    const worker = cluster.fork();
    workers.push(worker);
    await Promise.race([once(worker, 'listening'), once(worker, 'exit')]);
  }
  if (!stopping) process.stdout.write(`protokol: ${workers.length} processes serving\n`);
}

/**
 * Every request leaves a few hundred kilobytes of short-lived objects (Apollo, graphql-js); V8's
 * default young generation is scavenged so often under load that a larger one serves ~1.5x more
 * requests a second (bench/results, 40k documents). Unless the user chose a size.
 */
const SERVING_SEMI_SPACE = '--max-semi-space-size=64';

function withServingHeap(execArgv: readonly string[]): string[] {
  const chosen = [...execArgv, process.env.NODE_OPTIONS ?? ''].some((arg) =>
    arg.includes('--max-semi-space-size'),
  );
  return chosen ? [...execArgv] : [...execArgv, SERVING_SEMI_SPACE];
}
