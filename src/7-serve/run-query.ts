// Answers one GraphQL operation against a graph without HTTP: `protokol query` and the tests.

import type { ApolloServer } from '@apollo/server';
import type { FormattedExecutionResult } from 'graphql';
import { createApolloServer, type ApiOptions } from './create-server.js';
import type { GraphView } from './graph-view.js';
import type { ServerContext } from './model.js';

export interface OfflineApi {
  run(query: string, variables?: Record<string, unknown>): Promise<FormattedExecutionResult>;
  stop(): Promise<void>;
}

export async function startOfflineApi(
  view: GraphView,
  options: ApiOptions = {},
): Promise<OfflineApi> {
  const server: ApolloServer<ServerContext> = createApolloServer(options);
  await server.start();
  return {
    async run(query, variables) {
      const response = await server.executeOperation(
        { query, ...(variables ? { variables } : {}) },
        { contextValue: { view } },
      );
      if (response.body.kind !== 'single') throw new Error('incremental delivery is not supported');
      return response.body.singleResult;
    },
    stop: () => server.stop(),
  };
}
