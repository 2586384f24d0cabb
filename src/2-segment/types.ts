// Document structure: line segments with kinds, grouped into sections under event headings.

import type { Span } from '../types.js';

export type SegmentKind =
  | 'title'
  | 'related-headline'
  | 'event-heading'
  | 'date-line'
  | 'counter'
  | 'separator'
  | 'source-url'
  | 'boilerplate'
  | 'caption'
  | 'photo-credit'
  | 'speaker-turn'
  | 'attendee-list'
  | 'paragraph';

export interface Segment extends Span {
  readonly kind: SegmentKind;
  readonly text: string;
  /** Index into DocumentStructure.sections. */
  readonly section: number;
  /** speaker-turn: the label before the colon ("Président russe Vladimir Poutine"). */
  readonly label?: Span;
  /** paragraph: index of the speaker-turn segment whose speech it continues. */
  readonly turn?: number;
  /** paragraph: part of the section's lead (first prose block after the heading). */
  readonly lead?: boolean;
  /** attendee-list: index of the list's first segment. */
  readonly list?: number;
}

export interface Heading {
  /** "1", "2" for numbered headings, "A", "B" for lettered sub-events. */
  readonly marker: string;
  readonly level: 1 | 2;
  readonly title: Span;
  readonly when?: Span;
  readonly where?: Span;
  /** Every line where this heading is written (a table of contents repeats them). */
  readonly occurrences: readonly Span[];
}

export interface Section extends Span {
  readonly index: number;
  readonly heading?: Heading;
  /** Section index of the enclosing numbered heading, for lettered sub-events. */
  readonly parent?: number;
}

export interface DocumentStructure {
  readonly segments: readonly Segment[];
  readonly sections: readonly Section[];
}
