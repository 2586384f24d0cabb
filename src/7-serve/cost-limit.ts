// The cost limit as an Apollo plugin: once the operation is known, and its variables with it,
// a query estimated over the limit is refused (HTTP 400, QUERY_TOO_COSTLY) before it runs.

import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type FragmentDefinitionNode } from 'graphql';
import { tooCostly } from './errors.js';
import type { ServerContext } from './model.js';
import { estimateQueryCost } from './query-cost.js';

export function costLimitPlugin(maxCost: number): ApolloServerPlugin<ServerContext> {
  return {
    requestDidStart: async () => ({
      didResolveOperation: async ({ schema, document, operation, request }) => {
        if (!operation) return;
        const fragments: Record<string, FragmentDefinitionNode> = {};
        for (const definition of document.definitions) {
          if (definition.kind === Kind.FRAGMENT_DEFINITION)
            fragments[definition.name.value] = definition;
        }
        const variables = request.variables ?? {};
        const cost = estimateQueryCost({ schema, operation, fragments, variables });
        if (cost > maxCost) throw tooCostly(cost, maxCost);
      },
    }),
  };
}
