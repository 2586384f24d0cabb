// Assertions: typed edges between entity keys, each with the evidence and rule behind it.

import type { DocumentStructure } from '../2-segment/types.js';
import type { RecognisedDocumentLike } from '../3-recognise/types.js';
import type { Resolution } from '../4-resolve/types.js';
import type { Evidence, RelationType, SourceDocument } from '../types.js';

export interface Assertion {
  readonly type: RelationType;
  readonly source: string;
  readonly target: string;
  readonly props: Readonly<Record<string, string>>;
  readonly evidence: Evidence;
  readonly confidence: number;
}

export interface RelateContext {
  readonly doc: SourceDocument;
  readonly structure: DocumentStructure;
  readonly recognised: RecognisedDocumentLike;
  readonly resolution: Resolution;
}

/** One relation rule: a pure function of the document's context. */
export type RelationRule = (ctx: RelateContext) => Assertion[];
