// The heap guard's decision (judgeHeap) and the check built on it, on made-up heap readings.

import {
  checkedChunks,
  checkedSteps,
  createHeapGuard,
  EXTRACTION_HEAP_PER_CHARACTER,
  extractionNeed,
  HeapLimitError,
  judgeHeap,
  workerHeapError,
  type HeapReading,
  type HeapVerdict,
} from '../src/heap-guard.js';

const MB = 1024 * 1024;
const heap = (usedMb: number, limitMb = 100): HeapReading => ({
  used: usedMb * MB,
  limit: limitMb * MB,
});

describe('judgeHeap', () => {
  it.each<[string, number, number | undefined, HeapVerdict]>([
    ['room below the threshold', 50, undefined, 'room'],
    ['room just below 88%', 87.9, undefined, 'room'],
    ['a collection first: used heap counts garbage', 90, undefined, 'collect'],
    ['full when the collection left it above the threshold', 90, 90, 'full'],
    ['room after a collection that freed enough', 40, 40, 'room'],
    ['no new collection while the heap grew little since the last', 89, 86, 'room'],
    ['a new collection once it grew by a quarter of what was left', 90, 86, 'collect'],
    ['a new collection when the last one left much room', 89, 30, 'collect'],
  ])('%s', (_, usedMb, collectedMb, verdict) => {
    expect(judgeHeap(heap(usedMb), collectedMb === undefined ? undefined : collectedMb * MB)).toBe(
      verdict,
    );
  });

  it('takes another threshold', () => {
    expect(judgeHeap(heap(60), undefined, 0.5)).toBe('collect');
  });
});

describe('createHeapGuard', () => {
  function guardOver(readings: number[]) {
    let collections = 0;
    const check = createHeapGuard({
      read: () => heap(readings.shift() ?? 0),
      collect: () => {
        collections += 1;
      },
      intervalMs: 0,
    });
    return { check, collections: () => collections };
  }

  it('goes on when a collection brings the heap back under the threshold', () => {
    const guard = guardOver([95, 40, 50]);
    guard.check('extracting', 1, 10);
    guard.check('extracting', 2, 10);
    expect(guard.collections()).toBe(1);
  });

  it('stops with HeapLimitError naming the stage, the document count and the limit', () => {
    const guard = guardOver([95, 92]);
    let thrown: unknown;
    try {
      guard.check('extracting', 7, 10);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(HeapLimitError);
    const error = thrown as HeapLimitError;
    expect(error.stage).toBe('extracting');
    expect(error.reading).toEqual(heap(92));
    expect(error.message).toMatch(/at document 7 of 10/);
    expect(error.message).toMatch(/limit of 100 MB/);
    expect(error.message).toMatch(/--max-old-space-size=256/);
  });

  it('stops before a document whose extraction would pass the limit', () => {
    const guard = guardOver([30, 30]);
    const next = { file: 'long.txt', bytes: 70 * MB };
    expect(() => guard.check('extracting', 4, 9, next)).toThrow(
      /^stopped extracting before document 5 of 9 \(long\.txt\), which may need about 70 MB: .*would be passed \(30 MB in use/,
    );
  });

  it('lets a document through when what it needs fits', () => {
    const guard = guardOver([30]);
    expect(() => guard.check('extracting', 0, 1, { file: 'a.txt', bytes: 40 * MB })).not.toThrow();
  });

  it('reads the heap before a large document even within the interval', () => {
    let reads = 0;
    const check = createHeapGuard({
      read: () => {
        reads += 1;
        return heap(1);
      },
      intervalMs: 60_000,
    });
    check('extracting', 1, 3);
    check('extracting', 1, 3, { file: 'a.txt', bytes: 8 * MB });
    expect(reads).toBe(2);
  });

  it('reads the heap at most once an interval', () => {
    let reads = 0;
    const check = createHeapGuard({
      read: () => {
        reads += 1;
        return heap(1);
      },
      intervalMs: 60_000,
    });
    for (let i = 1; i <= 100; i += 1) check('building the graph', i, 100);
    expect(reads).toBe(1);
  });

  it('reads this thread’s old generation by default, under its limit', () => {
    expect(() => createHeapGuard()('reading', 1, 1)).not.toThrow();
  });
});

describe('extractionNeed', () => {
  it('leaves out documents too small to be read apart', () => {
    expect(extractionNeed('a.txt', 'x'.repeat(10_000))).toBeUndefined();
  });

  it('counts EXTRACTION_HEAP_PER_CHARACTER for a long one', () => {
    expect(extractionNeed('a.txt', 'x'.repeat(1_000_000))).toEqual({
      file: 'a.txt',
      bytes: 1_000_000 * EXTRACTION_HEAP_PER_CHARACTER,
    });
  });
});

describe('checkedChunks', () => {
  it('checks after each chunk, without a document count', () => {
    const seen: [string, number, number][] = [];
    const chunks = checkedChunks(
      ['a', 'b'],
      (stage, done, total) => void seen.push([stage, done, total]),
      'writing the export',
    );
    expect([...chunks]).toEqual(['a', 'b']);
    expect(seen).toEqual([
      ['writing the export', 1, 0],
      ['writing the export', 2, 0],
    ]);
  });

  it('says the file under way was not written', () => {
    const guard = createHeapGuard({
      read: () => heap(99),
      collect: () => undefined,
      intervalMs: 0,
    });
    expect(() => [...checkedChunks(['a'], guard, 'writing the export')]).toThrow(
      /^stopped writing the export: .*the file under way was not written/,
    );
  });
});

describe('checkedSteps', () => {
  it('checks at each step and returns what the steps return', () => {
    function* steps(): Generator<void, string, void> {
      yield;
      yield;
      return 'graph';
    }
    const seen: number[] = [];
    const checked = checkedSteps(
      steps(),
      (_, done) => void seen.push(done),
      'loading the stored graph',
    );
    let step = checked.next();
    while (!step.done) step = checked.next();
    expect(step.value).toBe('graph');
    expect(seen).toEqual([1, 2]);
  });
});

describe('workerHeapError', () => {
  it('turns a thread that died of its heap into HeapLimitError', () => {
    const died = Object.assign(new Error('Worker terminated due to reaching memory limit'), {
      code: 'ERR_WORKER_OUT_OF_MEMORY',
    });
    const error = workerHeapError(died, 'an extraction thread, on documents 1-16 of 64 (a.txt)');
    expect(error).toBeInstanceOf(HeapLimitError);
    expect((error as HeapLimitError).stage).toBe('a worker thread');
    expect((error as Error).message).toMatch(/^an extraction thread, on documents 1-16 of 64/);
  });

  it('names the setting that gave the thread its own limit', () => {
    const died = Object.assign(new Error('out of memory'), { code: 'ERR_WORKER_OUT_OF_MEMORY' });
    const error = workerHeapError(died, 'a thread', { mb: 12, setting: 'PROTOKOL_THREAD_HEAP_MB' });
    expect((error as HeapLimitError).reading.limit).toBe(12 * MB);
    expect((error as Error).message).toMatch(/about 12 MB.*PROTOKOL_THREAD_HEAP_MB=32/);
  });

  it('leaves other errors as they are', () => {
    const other = new Error('boom');
    expect(workerHeapError(other, 'a thread')).toBe(other);
  });
});
