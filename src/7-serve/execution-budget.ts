// What one request may spend while it runs, counted at the real size of what it resolves: fields,
// characters of the answer, time. Resolvers charge it; past a limit every later field is refused
// with one error, and a long request pauses every few milliseconds so the server keeps answering.

import { GraphQLError, responsePathAsArray, type GraphQLResolveInfo } from 'graphql';

export interface BudgetLimits {
  /** Fields resolved, every item of every list counted (the cost estimate counts 10 a list). */
  readonly maxFields: number;
  /** Characters of the strings in the answer. */
  readonly maxAnswerChars: number;
  /** Time from the first resolver on; Infinity for mutations, whose ingest takes its time. */
  readonly timeLimitMs: number;
}

/** Running this long at once, a request lets the event loop answer others (/health). */
const SLICE_MS = 15;

export class ExecutionBudget {
  private fields = 0;
  private chars = 0;
  private readonly startedAt = performance.now();
  private sliceStartedAt = this.startedAt;
  private pending: Promise<void> | undefined;
  /** The refusal, once a limit is passed: the answer is this error alone. */
  exceeded: GraphQLError | undefined;

  constructor(private limits: BudgetLimits) {}

  withoutTimeLimit(): void {
    this.limits = { ...this.limits, timeLimitMs: Infinity };
  }

  /** Before a field resolves (`now`: performance.now()): throws the refusal when a limit is passed. */
  enterField(info: GraphQLResolveInfo, now = performance.now()): void {
    if (this.exceeded) throw this.exceeded;
    this.fields += 1;
    if (this.fields > this.limits.maxFields) this.refuse(info, fieldsExceeded(this.limits));
    if (now - this.startedAt > this.limits.timeLimitMs) this.refuse(info, timedOut(this.limits));
  }

  /** After a field resolved: lists count their items, strings their characters. */
  charge(value: unknown, info: GraphQLResolveInfo): void {
    if (Array.isArray(value)) this.fields += value.length;
    else if (typeof value === 'string') this.chars += value.length;
    if (this.chars > this.limits.maxAnswerChars) this.refuse(info, answerTooLarge(this.limits));
  }

  /** The request has run a slice without letting others in, or is pausing already. */
  mustPause(now = performance.now()): boolean {
    return this.pending !== undefined || now - this.sliceStartedAt > SLICE_MS;
  }

  /** One pause shared by every field that finds the slice used up. */
  pause(): Promise<void> {
    this.pending ??= new Promise<void>((resolve) =>
      setImmediate(() => {
        this.pending = undefined;
        this.sliceStartedAt = performance.now();
        resolve();
      }),
    );
    return this.pending;
  }

  /** Located where it happened: graphql-js then passes the one error on for every later field
   * instead of building one per field (thousands of stack traces, seconds). */
  private refuse(info: GraphQLResolveInfo, refusal: Refusal): never {
    this.exceeded = new GraphQLError(refusal.message, {
      nodes: info.fieldNodes,
      path: responsePathAsArray(info.path),
      extensions: refusal.extensions,
    });
    throw this.exceeded;
  }
}

interface Refusal {
  readonly message: string;
  readonly extensions: Record<string, unknown>;
}

function fieldsExceeded({ maxFields }: BudgetLimits): Refusal {
  return {
    message:
      `Query too costly: it resolves more than ${maxFields.toLocaleString('en')} fields, counting every item of its lists. ` +
      'Ask for fewer nested lists, or a smaller first, and follow pageInfo.endCursor.',
    extensions: { code: 'QUERY_TOO_COSTLY', maxFields, http: { status: 400 } },
  };
}

function answerTooLarge({ maxAnswerChars }: BudgetLimits): Refusal {
  return {
    message: `Answer too large: over ${maxAnswerChars.toLocaleString('en')} characters. Ask for fewer fields or a smaller first.`,
    extensions: { code: 'ANSWER_TOO_LARGE', maxAnswerChars, http: { status: 400 } },
  };
}

function timedOut({ timeLimitMs }: BudgetLimits): Refusal {
  return {
    message: `Request timed out: it ran over ${timeLimitMs} ms. Ask for fewer nested lists or a smaller first.`,
    extensions: { code: 'REQUEST_TIMEOUT', timeLimitMs, http: { status: 503 } },
  };
}
