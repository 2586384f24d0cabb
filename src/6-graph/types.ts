// Attributes of the graphology graph: nodes are entities, edges typed relations, both with evidence.

import type { MultiDirectedGraph } from 'graphology';
import type { DocumentPart, EntityType, EventFormat, RelationType } from '../types.js';
import type { EvidenceRun, EvidenceTable } from './evidence-table.js';

export interface EntityAttributes extends EvidenceRun {
  type: EntityType;
  name: string;
  aliases: string[];
  subtype?: string;
  wikidata?: string;
  format?: EventFormat;
  start?: string;
  end?: string;
  /** Event: key of the organisation or body it is a meeting of ("réunion du Conseil de l'OCS"). */
  organisation?: string;
}

export interface RelationAttributes extends EvidenceRun {
  type: RelationType;
  props: Record<string, string>;
  confidence: number;
}

export interface DocumentSummary {
  id: string;
  file: string;
  title: string;
  url?: string;
  publishedAt?: string;
  language: string;
  /** Stretches with their own address, in order; evidence elsewhere has the document's `url`. */
  parts?: DocumentPart[];
}

export interface GraphAttributes {
  documents: DocumentSummary[];
  extractionVersion: string;
  /** The evidence of every node and edge, and the texts it quotes. */
  evidence: EvidenceTable;
}

export type KnowledgeGraph = MultiDirectedGraph<
  EntityAttributes,
  RelationAttributes,
  GraphAttributes
>;
