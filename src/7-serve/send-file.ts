// One file from disk answering a GET or HEAD, through `send` (express's static file server): an
// ETag and Last-Modified read from the file as it is now, and 304 to a browser that holds it.

import type { IncomingMessage, ServerResponse } from 'node:http';
import { basename, dirname } from 'node:path';
import send from 'send';

export interface SendFileOptions {
  readonly contentType: string;
  /** Seconds a browser keeps the file without asking; 0: it revalidates each time (ETag). */
  readonly maxAgeSeconds: number;
}

/** True once answered; false, with nothing sent, when the file is missing. */
export function sendFile(
  req: IncomingMessage,
  res: ServerResponse,
  file: string,
  options: SendFileOptions,
): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const stream = send(req, `/${encodeURIComponent(basename(file))}`, {
      root: dirname(file),
      dotfiles: 'allow',
      index: false,
      maxAge: options.maxAgeSeconds * 1000,
    });
    stream.on('headers', (response: ServerResponse) => {
      response.setHeader('content-type', options.contentType);
      // no-cache: the browser keeps the file but asks with its ETag, so a rebuild shows at once
      if (options.maxAgeSeconds === 0) response.setHeader('cache-control', 'no-cache');
    });
    stream.on('error', (error: { status?: number }) =>
      error.status === 404
        ? resolve(false)
        : reject(error instanceof Error ? error : new Error(String(error))),
    );
    res.once('close', () => resolve(true));
    stream.pipe(res);
  });
}
