// Long computations of the serving thread written as generators that yield between small pieces
// of work: run to the end at once (runSteps), or in slices of a few milliseconds with the event
// loop free in between (runStepsInSlices), so that a server keeps answering meanwhile.

export type Steps<T> = Generator<void, T, void>;

/** A slice this long at most, then the loop answers what waits. */
const SLICE_MS = 8;

export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

export async function runStepsInSlices<T>(steps: Steps<T>, sliceMs = SLICE_MS): Promise<T> {
  let sliceStarted = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStarted > sliceMs) {
      await new Promise((resolve) => setImmediate(resolve));
      sliceStarted = performance.now();
    }
  }
}
