// The shapes that flow between the stages: Document -> Segment -> Mention -> Entity -> Assertion.
// Every stage output carries character offsets into Document.text so evidence stays exact.

export type EntityType = 'Person' | 'Organisation' | 'Place' | 'Event';
export const ENTITY_TYPES: readonly EntityType[] = ['Person', 'Organisation', 'Place', 'Event'];

export type RelationType =
  | 'ATTENDED'
  | 'SPOKE_AT'
  | 'HOLDS_ROLE'
  | 'HEAD_OF'
  | 'REPRESENTS'
  | 'MEMBER_OF'
  | 'HELD_IN'
  | 'PART_OF'
  | 'LOCATED_IN'
  | 'WORKS_FOR'
  | 'MET_WITH';

export type EventFormat =
  | 'RESTRICTED_TALKS'
  | 'EXPANDED_TALKS'
  | 'TALKS'
  | 'NEGOTIATIONS'
  | 'PRESS_CONFERENCE'
  | 'CEREMONY'
  | 'ARRIVAL'
  | 'MEETING'
  | 'SUMMIT'
  | 'FORUM'
  | 'VISIT'
  | 'STATE_VISIT'
  | 'SIGNING'
  | 'PHONE_CALL'
  | 'VIDEOCONFERENCE'
  | 'EXERCISE'
  | 'ANNIVERSARY'
  | 'COMMEMORATION'
  | 'CONFERENCE'
  | 'ELECTION'
  | 'WAR'
  | 'MILITARY_OPERATION'
  | 'INCIDENT'
  | 'TREATY'
  /** A dinner, a concert, a walk: a happening of a visit or summit that is none of the above. */
  | 'OTHER';

export type Language = 'fr' | 'en';

export interface SourceDocument {
  /** Content hash (sha256, 16 hex digits): stable whatever the file is called. */
  readonly id: string;
  /** File name relative to the sources folder. */
  readonly file: string;
  readonly title: string;
  readonly url?: string;
  /** ISO 8601 date (YYYY-MM-DD) the document was published, when known. */
  readonly publishedAt?: string;
  readonly language: Language;
  /** Decoded text: UTF-8, no BOM, LF line ends. All offsets point into it. */
  readonly text: string;
  /** Other files of the sources folder with the same content: one document, several paths. */
  readonly duplicates?: readonly string[];
}

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A stretch of a document that has its own address (one page of a digest of several). */
export interface DocumentPart extends Span {
  readonly url: string;
}

export interface Evidence {
  /** Document id (content hash). */
  readonly doc: string;
  readonly start: number;
  readonly end: number;
  /** Id of the rule that produced the fact, so every edge can say why it exists. */
  readonly rule: string;
}

/** Evidence with its text, as exports and answers show it. */
export interface QuotedEvidence extends Evidence {
  /** Exactly Document.text.slice(start, end). */
  readonly quote: string;
}

export type DiagnosticCode =
  | 'EMPTY_FILE'
  | 'BINARY_FILE'
  | 'INVALID_ENCODING'
  | 'DECODED_AS_WINDOWS_1252'
  | 'NUL_BYTES_REMOVED'
  | 'LOOK_ALIKES_FOLDED'
  | 'TITLE_CLEANED'
  | 'BAD_URL'
  | 'FILE_TOO_LARGE'
  | 'UNREADABLE_FILE'
  | 'UNREADABLE_STORE'
  | 'DAMAGED_STORE_DOCUMENT'
  | 'UNWRITABLE_STORE'
  | 'PARTIAL_STORE_WRITE'
  | 'BAD_METADATA'
  | 'DUPLICATE_DOCUMENT';

export interface Diagnostic {
  readonly file: string;
  readonly code: DiagnosticCode;
  readonly severity: 'error' | 'warning';
  readonly message: string;
}

/** A value plus the problems met while producing it (bad data is returned, not thrown). */
export interface WithDiagnostics<T> {
  readonly value: T;
  readonly diagnostics: readonly Diagnostic[];
}

/** A date known to some precision: "--12-19" has month and day only. */
export interface PartialDate {
  readonly year?: number;
  readonly month?: number;
  readonly day?: number;
  readonly hour?: number;
  readonly minute?: number;
}
