// Every resolver of the schema (and the default one, for plain properties) behind the same guard: its string arguments bounded, the request's
// execution budget charged with what it returns, and a pause when the request has run a slice.

import { GraphQLScalarType, type GraphQLResolveInfo } from 'graphql';
import { checkArgumentLengths } from './argument-limits.js';
import type { ExecutionBudget } from './execution-budget.js';

type FieldResolver = (
  parent: unknown,
  args: Record<string, unknown>,
  context: object,
  info: GraphQLResolveInfo,
) => unknown;

function isPromise(value: unknown): value is Promise<unknown> {
  return typeof (value as Promise<unknown> | null)?.then === 'function';
}

export function guardField(
  resolve: FieldResolver,
  budgetOf: (context: object) => ExecutionBudget,
): FieldResolver {
  const guarded: FieldResolver = (parent, args, context, info) => {
    const budget = budgetOf(context);
    // one clock read a field: a few hundred fields an answer
    const now = performance.now();
    if (budget.mustPause(now))
      return budget.pause().then(() => guarded(parent, args, context, info));
    budget.enterField(info, now);
    checkArgumentLengths(args);
    const value = resolve(parent, args, context, info);
    if (!isPromise(value)) {
      budget.charge(value, info);
      return value;
    }
    return value.then((resolved) => {
      budget.charge(resolved, info);
      return resolved;
    });
  };
  return guarded;
}

/** The same resolver map with each field resolver guarded (scalars and __resolveType as they are). */
export function guardResolvers<R extends object>(
  resolvers: R,
  budgetOf: (context: object) => ExecutionBudget,
): R {
  const guarded: Record<string, unknown> = {};
  for (const [typeName, fields] of Object.entries(resolvers)) {
    if (fields instanceof GraphQLScalarType || typeof fields !== 'object' || fields === null) {
      guarded[typeName] = fields;
      continue;
    }
    guarded[typeName] = Object.fromEntries(
      Object.entries(fields as Record<string, unknown>).map(([field, resolve]) => [
        field,
        typeof resolve === 'function' && !field.startsWith('__')
          ? guardField(resolve as FieldResolver, budgetOf)
          : resolve,
      ]),
    );
  }
  return guarded as R;
}
