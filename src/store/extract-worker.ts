// A worker thread of parallel builds: extracts the documents it is sent, answers with what the
// store keeps of each (plain data, so it crosses threads by structured clone).

import { parentPort } from 'node:worker_threads';
import { extractDocument } from '../pipeline.js';
import type { SourceDocument } from '../types.js';
import { storedExtraction, type StoredExtraction } from './snapshot.js';

export interface ExtractRequest {
  readonly batch: number;
  readonly documents: readonly SourceDocument[];
}

export interface ExtractResponse {
  readonly batch: number;
  readonly extractions: readonly StoredExtraction[];
}

parentPort?.on('message', (request: ExtractRequest) => {
  const extractions = request.documents.map((doc) => storedExtraction(extractDocument(doc)));
  parentPort?.postMessage({ batch: request.batch, extractions } satisfies ExtractResponse);
});
