// A protokol server started from the compiled CLI for the tests that measure it from outside
// (heavy requests, off-thread builds), and the /health probe they run beside a request.

import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';

export interface StartedServer {
  readonly child: ChildProcess;
  /** http://127.0.0.1:PORT */
  readonly base: string;
}

/** `protokol ARGS serve ...` on a free loopback port, once it says where it serves. */
export async function startServer(
  args: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<StartedServer> {
  const child = spawn(
    process.execPath,
    ['dist/cli/main.js', ...args, '-p', '0', '--host', '127.0.0.1'],
    { stdio: ['ignore', 'pipe', 'inherit'], env },
  );
  let output = '';
  child.stdout?.setEncoding('utf8');
  // a server that dies before it serves fails the test now, not at the hook's timeout
  const exited = once(child, 'exit').then(([code]) => {
    throw new Error(`protokol ${args.join(' ')} exited (${String(code)}) before serving`);
  });
  while (!/serving (http:\/\/\S+)\/graphql/.test(output)) {
    const [chunk] = (await Promise.race([once(child.stdout ?? child, 'data'), exited])) as [string];
    output += chunk;
  }
  exited.catch(() => undefined);
  return { child, base: output.match(/serving (http:\/\/\S+)\/graphql/)?.[1] ?? '' };
}

/** Asks /health every 25 ms until `done` settles; the slowest answer in ms (a reset: Infinity). */
export async function slowestHealthWhile(base: string, done: Promise<unknown>): Promise<number> {
  let running = true;
  void done.then(
    () => (running = false),
    () => (running = false),
  );
  let slowest = 0;
  while (running) {
    const started = performance.now();
    // a connection reset counts as a stall: the server closed the idle socket after one
    const answered = await fetch(`${base}/health`).then(
      (response) => response.text(),
      () => undefined,
    );
    slowest = Math.max(slowest, answered === undefined ? Infinity : performance.now() - started);
    await sleep(25);
  }
  return slowest;
}
