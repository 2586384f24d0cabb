// A progress bar for long builds (cli-progress): documents/s and ETA on stderr, silent when
// stderr is not a terminal (CI, pipes) or the build is short.

import { SingleBar } from 'cli-progress';
import type { Progress } from '../store/extract-pool.js';

const MIN_DOCUMENTS = 200;

export interface ProgressBar {
  readonly update: Progress;
  stop(): void;
}

export function progressBar(stream: NodeJS.WriteStream = process.stderr): ProgressBar {
  let bar: SingleBar | undefined;
  let started = 0;
  return {
    update(done, total) {
      if (!stream.isTTY || total < MIN_DOCUMENTS) return;
      if (!bar) {
        started = Date.now();
        bar = new SingleBar({
          stream,
          format:
            'extracting [{bar}] {value}/{total} documents | {rate} docs/s | ETA {eta_formatted}',
          hideCursor: true,
        });
        bar.start(total, 0, { rate: '0' });
      }
      const seconds = Math.max((Date.now() - started) / 1000, 0.001);
      bar.update(done, { rate: (done / seconds).toFixed(0) });
    },
    stop() {
      bar?.stop();
    },
  };
}
