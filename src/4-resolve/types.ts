// Entities: one per real-world thing, with the mentions that name it.

import type { EntityType, EventFormat, Span } from '../types.js';

export interface EntityMention extends Span {
  readonly surface: string;
  readonly rule: string;
}

export interface ResolvedEntity {
  readonly key: string;
  readonly type: EntityType;
  name: string;
  subtype?: string;
  wikidata?: string;
  /** Person: nationality; Place: country it lies in (lexicon ids). */
  country?: string;
  readonly aliases: Set<string>;
  readonly mentions: EntityMention[];
  format?: EventFormat;
  start?: string;
  end?: string;
  /** Event: keys of places where it is held, organisation it belongs to. */
  readonly places: Set<string>;
  organisation?: string;
  /** Event written as a heading of this section. */
  section?: number;
  /** Event: a sitting only a verb reported ("X met with Y"), no body's meeting. */
  reportedByVerb?: boolean;
  /** Event placed by the document's opening ("le 19 décembre à Minsk"): where that is said. */
  contextSpan?: Span;
}

export interface Resolution {
  readonly entities: ReadonlyMap<string, ResolvedEntity>;
  /** Entity key of each mention (same index as Recognised.mentions). */
  readonly mentionEntity: readonly (string | undefined)[];
  /** Holder of each role mention (same index as Recognised.roles). */
  readonly roleHolder: readonly (string | undefined)[];
  /** Entity key of each event mention (same index as Recognised.events). */
  readonly eventEntity: readonly (string | undefined)[];
  /** Event key of each section with a heading. */
  readonly sectionEvent: ReadonlyMap<number, string>;
}
