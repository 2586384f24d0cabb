// The execution budget as an Apollo plugin: one budget per request (queries with a time limit,
// mutations without), and an answer made of the refusal alone when a limit was passed.

import type { ApolloServerPlugin } from '@apollo/server';
import { ExecutionBudget, type BudgetLimits } from './execution-budget.js';
import type { ServerContext } from './model.js';

const budgets = new WeakMap<object, ExecutionBudget>();

export function budgetPlugin(limits: BudgetLimits): ApolloServerPlugin<ServerContext> {
  return {
    requestDidStart: async ({ contextValue }) => {
      budgets.set(contextValue, new ExecutionBudget(limits));
      return {
        didResolveOperation: async ({ operation }) => {
          if (operation?.operation === 'mutation')
            budgetOf(contextValue, limits).withoutTimeLimit();
        },
        willSendResponse: async ({ response }) => {
          const refusal = budgets.get(contextValue)?.exceeded;
          if (!refusal || response.body.kind !== 'single') return;
          const code = refusal.extensions.code;
          const formatted = response.body.singleResult.errors?.find(
            (e) => e.extensions?.code === code,
          );
          // the partial data would be cut at an arbitrary field: the refusal alone says more
          response.body.singleResult = { errors: [formatted ?? { message: refusal.message }] };
        },
      };
    },
  };
}

/** The budget of the request a resolver runs for (a fresh one outside a request). */
export function budgetOf(context: object, limits: BudgetLimits): ExecutionBudget {
  let budget = budgets.get(context);
  if (!budget) {
    budget = new ExecutionBudget(limits);
    budgets.set(context, budget);
  }
  return budget;
}
