// What resolvers receive as parents (the mappers of the generated types) and their context.
// Entities and relations travel as graph keys; resolvers read attributes from the graph view.

import type { DocumentSummary } from '../6-graph/types.js';
import type { Evidence } from '../types.js';
import type { GraphView } from './graph-view.js';

/** A node key: person:vladimir-putin. */
export type NodeKey = string;
/** An edge key: ATTENDED:person:vladimir-putin->event:.... */
export type EdgeKey = string;
export type EvidenceModel = Evidence;
export type DocumentModel = DocumentSummary;

export interface PathModel {
  readonly length: number;
  readonly entities: readonly NodeKey[];
  readonly relations: readonly EdgeKey[];
}

export interface SubgraphModel {
  readonly center: NodeKey;
  readonly entities: readonly NodeKey[];
  readonly relations: readonly EdgeKey[];
}

export interface ServerContext {
  readonly view: GraphView;
}
