// Attributes of the graphology graph: nodes are entities, edges typed relations, both with evidence.

import type { MultiDirectedGraph } from 'graphology';
import type { EntityType, EventFormat, Evidence, RelationType } from '../types.js';

export interface EntityAttributes {
  type: EntityType;
  name: string;
  aliases: string[];
  subtype?: string;
  wikidata?: string;
  format?: EventFormat;
  start?: string;
  end?: string;
  evidence: Evidence[];
}

export interface RelationAttributes {
  type: RelationType;
  props: Record<string, string>;
  evidence: Evidence[];
  confidence: number;
}

export interface DocumentSummary {
  id: string;
  file: string;
  title: string;
  url?: string;
  publishedAt?: string;
  language: string;
}

export interface GraphAttributes {
  documents: DocumentSummary[];
  extractionVersion: string;
}

export type KnowledgeGraph = MultiDirectedGraph<
  EntityAttributes,
  RelationAttributes,
  GraphAttributes
>;
