// Parsers of the command's option values: each throws a message naming the option.

import { DEFAULT_WORKERS } from '../store/extract-pool.js';

export function parseWorkers(value: string): number {
  const workers = Number(value);
  if (!Number.isInteger(workers) || workers < 1 || workers > 256) {
    throw new Error(`--workers: expected a number of threads from 1 to 256, got "${value}"`);
  }
  return workers;
}

export function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port: expected a port number, got "${value}"`);
  }
  return port;
}

export function parseVariables(json: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new Error(`--variables: not JSON (${(error as Error).message})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error('--variables: expected a JSON object');
  }
  return value as Record<string, unknown>;
}

export function parseCluster(value: string): number {
  const n = value === 'auto' ? DEFAULT_WORKERS : Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) {
    throw new Error(
      `--cluster: expected a number of processes from 1 to 64 or "auto", got "${value}"`,
    );
  }
  return n;
}

/** A repeatable option: each occurrence appended. */
export function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}
