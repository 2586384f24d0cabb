// The Apollo Server of the API: schema.graphql with typed resolvers, graphql-armor limits,
// the embedded Sandbox outside production, errors with codes and without stack traces there.

import { readFileSync } from 'node:fs';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { defaultFieldResolver, type GraphQLFormattedError } from 'graphql';
import { answerCachePlugin, type AnswerCacheLimits } from './answer-cache.js';
import { budgetOf, budgetPlugin } from './budget-plugin.js';
import { costLimitPlugin } from './cost-limit.js';
import type { BudgetLimits } from './execution-budget.js';
import { guardField, guardResolvers } from './guard-resolvers.js';
import { sandboxLandingPage } from './landing-page.js';
import type { ServerContext } from './model.js';
import { resolvers } from './resolvers/index.js';

export const SCHEMA_FILE = new URL('../../schema.graphql', import.meta.url);

export interface QueryLimits {
  /** Deepest selection nesting. */
  readonly maxDepth: number;
  /** About how many fields a query may resolve (query-cost.ts: lists count their `first`). */
  readonly maxCost: number;
  readonly maxAliases: number;
  readonly maxDirectives: number;
  /** Lexical tokens of a document, checked by the parser (not by graphql-armor: see below). */
  readonly maxTokens: number;
}

/** What a request may spend as it runs (execution-budget.ts), besides the estimate above. */
export type RunLimits = BudgetLimits;

export const DEFAULT_LIMITS: QueryLimits = {
  maxDepth: 10,
  maxCost: 20_000,
  maxAliases: 15,
  maxDirectives: 10,
  maxTokens: 2000,
};

export const DEFAULT_RUN_LIMITS: RunLimits = {
  maxFields: 50_000,
  maxAnswerChars: 5_000_000,
  timeLimitMs: 1_500,
};

export interface ApiOptions {
  /** Production hides the landing page, stack traces, field suggestions and, by default, introspection. */
  readonly production?: boolean;
  readonly introspection?: boolean;
  readonly limits?: Partial<QueryLimits>;
  readonly runLimits?: Partial<RunLimits>;
  /** Answers of queries kept per graph (answer-cache.ts); false turns it off. */
  readonly answerCache?: Partial<AnswerCacheLimits> | false;
  /** Stack traces in error answers; off in production and for `protokol query`, whose reader is an analyst. */
  readonly stackTraces?: boolean;
}

export function apiOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): ApiOptions {
  const production = env.NODE_ENV === 'production';
  const flag = env.PROTOKOL_INTROSPECTION;
  const cacheMB = env.PROTOKOL_ANSWER_CACHE_MB;
  return {
    production,
    introspection: flag === undefined ? !production : flag === 'true' || flag === '1',
    ...(cacheMB === undefined ? {} : { answerCache: answerCacheOf(cacheMB) }),
  };
}

/** PROTOKOL_ANSWER_CACHE_MB: millions of characters kept per graph, 0 for none. */
function answerCacheOf(megabytes: string): Partial<AnswerCacheLimits> | false {
  const chars = Number(megabytes) * 1_000_000;
  if (!Number.isFinite(chars) || chars < 0)
    throw new Error(`PROTOKOL_ANSWER_CACHE_MB: "${megabytes}" is not a number of megabytes`);
  return chars === 0 ? false : { maxChars: chars };
}

/** In production an unexpected error says only that it happened; its details stay in the log. */
function formatError(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (!production || code !== 'INTERNAL_SERVER_ERROR') return formatted;
    console.error(unwrapResolverError(error));
    return { message: 'Internal server error', extensions: { code } };
  };
}

export function createApolloServer(options: ApiOptions = {}): ApolloServer<ServerContext> {
  const production = options.production ?? false;
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const runLimits = { ...DEFAULT_RUN_LIMITS, ...options.runLimits };
  const budgetFor = (context: object) => budgetOf(context, runLimits);
  const armor = new ApolloArmor({
    // graphql-armor's token limit turns syntax errors into HTTP 500 under Apollo (its issues
    // 571, 605, 751): Apollo's own parseOptions.maxTokens does the job instead.
    maxTokens: { enabled: false },
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true },
    // graphql-armor's cost grows 1.5x a level and reads no variables: costLimitPlugin instead
    costLimit: { enabled: false },
    maxAliases: { n: limits.maxAliases },
    maxDirectives: { n: limits.maxDirectives },
    blockFieldSuggestion: { enabled: production },
  });
  const protection = armor.protect();
  // graphql-armor's declarations import Apollo's CommonJS types, ours the ES module ones:
  // the same plugins, told apart only by TypeScript.
  const armorPlugins = protection.plugins as unknown as ApolloServerPlugin<ServerContext>[];
  return new ApolloServer<ServerContext>({
    typeDefs: readFileSync(SCHEMA_FILE, 'utf8'),
    resolvers: guardResolvers(resolvers, budgetFor),
    fieldResolver: guardField(defaultFieldResolver, budgetFor),
    plugins: [
      ...armorPlugins,
      costLimitPlugin(limits.maxCost),
      budgetPlugin(runLimits),
      answerCachePlugin(),
      // installed by default, it hooks every resolved field to compute cache hints nobody reads
      ApolloServerPluginCacheControlDisabled(),
      production ? ApolloServerPluginLandingPageDisabled() : sandboxLandingPage<ServerContext>(),
    ],
    validationRules: protection.validationRules,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: limits.maxTokens },
    introspection: options.introspection ?? !production,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: options.stackTraces ?? !production,
    formatError: formatError(production),
  });
}
