// The graph of the bundled sources/, built once per test file, and an API over it.

import { buildGraphFromDirectory } from '../../src/pipeline.js';
import { createGraphView, type GraphView } from '../../src/7-serve/graph-view.js';
import { startOfflineApi, type OfflineApi } from '../../src/7-serve/run-query.js';
import type { ApiOptions } from '../../src/7-serve/create-server.js';

let view: Promise<GraphView> | undefined;

export function sourcesView(): Promise<GraphView> {
  view ??= buildGraphFromDirectory('sources').then(({ graph }) => createGraphView(graph));
  return view;
}

export async function sourcesApi(options: ApiOptions = {}): Promise<OfflineApi> {
  return startOfflineApi(await sourcesView(), options);
}

/** Runs an operation that must succeed and returns its data. */
export async function dataOf<T = Record<string, unknown>>(
  api: OfflineApi,
  query: string,
  variables?: Record<string, unknown>,
): Promise<T> {
  const result = await api.run(query, variables);
  if (result.errors) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
  return result.data as T;
}
