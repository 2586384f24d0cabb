// A lazy index: built once, whether by its slices, by a request that cannot wait, or by both.

import { lazyIndex, warmInTurn } from '../../src/7-serve/lazy-index.js';
import type { Steps } from '../../src/7-serve/steps.js';

/** Five steps of 4 ms each: a slice (8 ms) ends before the last. */
function* counting(log: number[]): Steps<number[]> {
  for (let i = 0; i < 5; i += 1) {
    log.push(i);
    const until = performance.now() + 4;
    while (performance.now() < until);
    yield;
  }
  return [...log];
}

it('is built once when a request needs it while its slices are under way', async () => {
  const log: number[] = [];
  const index = lazyIndex(() => counting(log));
  const warming = index.warm();
  expect(log.length).toBeLessThan(5);
  const now = index.get();
  await warming;
  expect(now).toEqual([0, 1, 2, 3, 4]);
  expect(index.get()).toBe(now);
  expect(log).toEqual([0, 1, 2, 3, 4]);
});

it('is built by its slices alone when nobody asks for it first', async () => {
  const log: number[] = [];
  const index = lazyIndex(() => counting(log));
  await warmInTurn([index]);
  expect(log).toHaveLength(5);
  expect(index.get()).toEqual([0, 1, 2, 3, 4]);
  expect(log).toHaveLength(5);
});
