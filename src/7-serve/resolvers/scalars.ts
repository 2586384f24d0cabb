// Scalars: graphql-scalars for the standard ones, PartialDateTime for dates at the text's precision.

import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import {
  DateResolver,
  DateTimeResolver,
  NonNegativeIntResolver,
  URLResolver,
} from 'graphql-scalars';

const PARTIAL_DATE_TIME =
  /^(?:\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?)?)?)?|--\d{2}-\d{2})$/;

function partialDateTime(value: unknown): string {
  if (typeof value === 'string' && PARTIAL_DATE_TIME.test(value)) return value;
  throw new GraphQLError(
    `PartialDateTime expects an ISO 8601 date at any precision, got ${String(value)}`,
  );
}

export const PartialDateTimeResolver = new GraphQLScalarType<string, string>({
  name: 'PartialDateTime',
  description: 'An ISO 8601 date or date-time at the precision the text gives.',
  serialize: partialDateTime,
  parseValue: partialDateTime,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('PartialDateTime expects a string');
    return partialDateTime(ast.value);
  },
});

export const scalarResolvers = {
  PartialDateTime: PartialDateTimeResolver,
  Date: DateResolver,
  DateTime: DateTimeResolver,
  URL: URLResolver,
  NonNegativeInt: NonNegativeIntResolver,
};

/** Date arguments arrive as JS Dates (graphql-scalars): back to YYYY-MM-DD. */
export function isoDay(date: Date | string | null | undefined): string | undefined {
  if (!date) return undefined;
  return typeof date === 'string' ? date.slice(0, 10) : date.toISOString().slice(0, 10);
}
