// What resolvers receive as parents (the mappers of the generated types) and their context.
// Entities and relations travel as graph keys; resolvers read attributes from the graph view.

import type { DocumentSummary } from '../6-graph/types.js';
import type { GraphView } from './graph-view.js';
import type { Post } from './posts.js';

/** A node key: person:vladimir-putin. */
export type NodeKey = string;
/** An edge key: ATTENDED:person:vladimir-putin->event:.... */
export type EdgeKey = string;
/** A row of the graph's evidence table. */
export type EvidenceModel = number;
export type DocumentModel = DocumentSummary;
/** A person's post in an organisation (posts.ts). */
export type PostModel = Post;

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

export interface IngestInput {
  readonly title: string;
  readonly text: string;
  readonly url?: string;
  readonly publishedAt?: string;
  readonly language: 'fr' | 'en';
}

export interface IngestResultModel {
  readonly document: DocumentModel;
  readonly file: string;
  readonly mentioned: number;
  readonly addedEntities: readonly NodeKey[];
  readonly addedRelations: readonly EdgeKey[];
}

export interface Mutations {
  /** The request carried the server's token. */
  readonly authorized: boolean;
  /** Stores, ingests and swaps the served graph; answers with the graph the answer refers to. */
  ingest(input: IngestInput): Promise<{ result: IngestResultModel; view: GraphView }>;
}

export interface ServerContext {
  /** The graph of this request; an ingesting mutation moves it to the graph it produced. */
  view: GraphView;
  /** Absent when the server has no token: mutations are off. */
  readonly mutations?: Mutations;
}
