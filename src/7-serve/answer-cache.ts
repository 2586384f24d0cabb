// Answers of read-only queries, kept per served graph: a view is never changed in place (a rebuild
// or an ingest swaps in another), so the same request body on the same view has the same answer.
// In: the request's key and, after Apollo ran it, its answer if cacheable; out: the answer's text.

import type { ApolloServerPlugin, HTTPGraphQLRequest } from '@apollo/server';
import type { GraphView } from './graph-view.js';
import type { ServerContext } from './model.js';

export interface CachedAnswer {
  readonly status: number;
  readonly headers: readonly (readonly [string, string])[];
  readonly body: string;
}

export interface AnswerCacheLimits {
  /** Characters of keys and answers kept per view; 0 turns the cache off. */
  readonly maxChars: number;
  /** A larger answer is not kept (it would push out many small ones). */
  readonly maxAnswerChars: number;
}

export const DEFAULT_ANSWER_CACHE: AnswerCacheLimits = {
  maxChars: 32_000_000,
  maxAnswerChars: 1_000_000,
};

/** Least recently used first out, bounded by the characters it holds. */
export class AnswerCache {
  private readonly entries = new Map<string, CachedAnswer>();
  private chars = 0;

  constructor(private readonly limits: AnswerCacheLimits = DEFAULT_ANSWER_CACHE) {}

  get size(): number {
    return this.entries.size;
  }

  get(key: string): CachedAnswer | undefined {
    const answer = this.entries.get(key);
    if (answer) {
      // moved to the young end
      this.entries.delete(key);
      this.entries.set(key, answer);
    }
    return answer;
  }

  set(key: string, answer: CachedAnswer): void {
    const cost = key.length + answer.body.length;
    if (answer.body.length > this.limits.maxAnswerChars || cost > this.limits.maxChars) return;
    this.delete(key);
    for (const [oldest, old] of this.entries) {
      if (this.chars + cost <= this.limits.maxChars) break;
      this.entries.delete(oldest);
      this.chars -= oldest.length + old.body.length;
    }
    this.entries.set(key, answer);
    this.chars += cost;
  }

  private delete(key: string): void {
    const old = this.entries.get(key);
    if (!old) return;
    this.entries.delete(key);
    this.chars -= key.length + old.body.length;
  }
}

const caches = new WeakMap<GraphView, AnswerCache>();

/** The cache of one view, made on first use; it goes with the view. */
export function answersOf(view: GraphView, limits: AnswerCacheLimits): AnswerCache {
  let cache = caches.get(view);
  if (!cache) {
    cache = new AnswerCache(limits);
    caches.set(view, cache);
  }
  return cache;
}

const cacheable = new WeakSet<HTTPGraphQLRequest>();

/** Did this HTTP request end in an answer that may be kept? */
export function isCacheable(request: HTTPGraphQLRequest): boolean {
  return cacheable.has(request);
}

/**
 * Marks an HTTP request (the object given to executeHTTPGraphQLRequest: Apollo copies the context
 * of each operation, not the request) when its answer may be kept: a query, never a mutation,
 * whose answer is data without errors (a refusal, a missing entity, a timeout are asked again).
 */
export function answerCachePlugin(): ApolloServerPlugin<ServerContext> {
  return {
    requestDidStart: async () => ({
      willSendResponse: async ({ request, operation, response }) => {
        if (
          request.http &&
          operation?.operation === 'query' &&
          response.body.kind === 'single' &&
          response.body.singleResult.errors === undefined &&
          (response.http.status ?? 200) === 200
        )
          cacheable.add(request.http);
      },
    }),
  };
}
