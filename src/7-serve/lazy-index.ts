// An index of the served view built after the view is served: in slices between requests
// (warm), or at once by the first request that needs it before then (get), which takes up the
// same steps where the slices left them.

import { runSteps, runStepsInSlices, type Steps } from './steps.js';

export interface LazyIndex<T> {
  /** The index, finished here and now if it is not yet. */
  readonly get: () => T;
  /** Builds it in slices (nothing left to do once get() has run). */
  readonly warm: () => Promise<unknown>;
}

export function lazyIndex<T>(build: () => Steps<T>): LazyIndex<T> {
  let value: { readonly index: T } | undefined;
  const steps = (function* (): Steps<T> {
    const index = yield* build();
    value = { index };
    return index;
  })();
  return {
    get: () => value?.index ?? runSteps(steps),
    warm: () => runStepsInSlices(steps),
  };
}

/** One index after the other, so that their slices do not add up between two requests. */
export async function warmInTurn(indexes: readonly LazyIndex<unknown>[]): Promise<void> {
  for (const index of indexes) await index.warm();
}
