// `protokol serve`: the HTTP API over a LiveGraph, rebuilt on file changes with --watch
// (chokidar) and on ingestDocument; each new graph is swapped in whole.

import { basename } from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import type { ApiOptions } from './create-server.js';
import { startApiServer, type ApiServer } from './http-server.js';
import type { GraphView } from './graph-view.js';
import { LiveGraph } from './live-graph.js';

export interface LiveServerOptions extends ApiOptions {
  readonly sources: string;
  readonly store: string | false;
  /** Read the store without writing it (cluster workers: the primary keeps it). */
  readonly readOnlyStore?: boolean;
  readonly port: number;
  readonly host?: string;
  readonly watch?: boolean;
  /** Start listening only once the first graph is built (processes sharing a port). */
  readonly listenWhenLoaded?: boolean;
  readonly token?: string;
  /** Awaited after an ingest, before the mutation answers (cluster workers: the others rebuild). */
  readonly afterIngest?: () => Promise<void>;
  /** One line per event (start, rebuild, failure). */
  readonly log?: (line: string) => void;
}

export interface LiveServer {
  readonly server: ApiServer;
  readonly live: LiveGraph;
  close(): Promise<void>;
}

const QUIET_MS = 150;

function listen(
  options: LiveServerOptions,
  live: () => LiveGraph,
  view?: GraphView,
): Promise<ApiServer> {
  return startApiServer({
    ...options,
    ...(view ? { view } : {}),
    ...(options.token
      ? {
          token: options.token,
          ingest: async (input) => {
            const ingested = await live().ingest(input);
            await options.afterIngest?.();
            return ingested;
          },
        }
      : {}),
  });
}

export async function startLiveServer(options: LiveServerOptions): Promise<LiveServer> {
  const log = options.log ?? (() => undefined);
  const started = Date.now();
  // one process of several sharing a port listens only once it has a graph, so that the
  // others never pass it a request it would answer 503; alone, it answers /health 503 meanwhile
  const listenFirst = !options.listenWhenLoaded;
  let server: ApiServer | undefined = listenFirst ? await listen(options, () => live) : undefined;
  const live = new LiveGraph({
    sources: options.sources,
    store: options.store,
    readOnlyStore: options.readOnlyStore ?? false,
    onSwap: (view, loaded) => {
      server?.setView(view);
      for (const d of loaded.diagnostics) log(`${d.severity}: ${d.message}`);
    },
  });
  const first = await live.rebuild();
  server ??= await listen(options, () => live, first);
  const extras = [options.watch ? 'watching' : '', options.token ? 'mutations on' : '']
    .filter(Boolean)
    .map((e) => `, ${e}`)
    .join('');
  log(
    `protokol: serving ${server.url} - ${options.sources}/: ${live.lastBuild?.summary ?? ''} (${Date.now() - started} ms)${extras}`,
  );

  let watcher: FSWatcher | undefined;
  if (options.watch) {
    let timer: NodeJS.Timeout | undefined;
    const rebuildSoon = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        live.rebuild().then(
          (view) =>
            log(
              `protokol: rebuilt ${view.documents.size} documents -> ${view.graph.order} entities, ${view.graph.size} relations`,
            ),
          (error: unknown) =>
            log(`protokol: rebuild failed, still serving the previous graph: ${String(error)}`),
        );
      }, QUIET_MS);
    };
    watcher = watch(options.sources, {
      ignoreInitial: true,
      ignored: (path) => basename(path).startsWith('.') || path.endsWith('.tmp'),
      awaitWriteFinish: { stabilityThreshold: 100, pollInterval: 25 },
    });
    watcher.on('all', rebuildSoon);
    await new Promise<void>((resolve) => watcher?.once('ready', () => resolve()));
  }
  const api = server;
  return {
    server: api,
    live,
    close: async () => {
      await watcher?.close();
      await api.close();
    },
  };
}
