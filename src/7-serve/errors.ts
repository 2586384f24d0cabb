// Errors the resolvers raise, with the codes listed in schema.graphql's ErrorCode.

import { GraphQLError } from 'graphql';

/** The largest page or list a client may ask for. */
export const MAX_PAGE_SIZE = 100;

export function notFound(what: string): GraphQLError {
  return new GraphQLError(`${what} not found`, { extensions: { code: 'NOT_FOUND' } });
}

export function badInput(message: string, argumentName: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argumentName } });
}

/** Checks a bounded integer argument, e.g. first in 1..100. */
export function bounded(value: number, name: string, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badInput(`${name} must be between ${min} and ${max}, got ${value}`, name);
  }
  return value;
}

export function pageSize(first: number | null | undefined, fallback: number): number {
  return bounded(first ?? fallback, 'first', 1, MAX_PAGE_SIZE);
}

/** A query over the cost limit: what it would cost, the limit, and how to ask instead. */
export function tooCostly(cost: number, maxCost: number): GraphQLError {
  const about = Math.round(cost).toLocaleString('en');
  return new GraphQLError(
    `Query too costly: it would resolve about ${about} fields, over the limit of ${maxCost.toLocaleString('en')}. ` +
      'Ask for fewer items at once (a smaller first, then the next page with after: pageInfo.endCursor) ' +
      'or fewer nested lists (each list without first counts 10 items).',
    {
      extensions: {
        code: 'QUERY_TOO_COSTLY',
        cost: Math.round(cost),
        maxCost,
        http: { status: 400 },
      },
    },
  );
}
