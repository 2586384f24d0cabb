// One stored document as one line of the snapshot, packed: spans as flat numbers, rule names
// and relation evidence as indexes into a table per document. The snapshot of a large corpus is
// mostly mentions and evidence; packed, it is smaller and parses faster than objects with keys.

import type { Assertion } from '../5-relate/types.js';
import type { EntityRecord, MentionRecord } from '../6-graph/build-graph.js';
import type { DocumentSummary } from '../6-graph/types.js';
import type { RelationType } from '../types.js';
import type { StoredDocument } from './snapshot.js';

type PackedEntity = Omit<EntityRecord, 'aliases' | 'mentions'> & {
  readonly aliases: readonly string[];
  /** start, end, rule index: three numbers a mention. */
  readonly mentions: readonly number[];
};

/** type, source, target, confidence, start, end, rule index, then props and evidence document if needed. */
type PackedAssertion = readonly [
  RelationType,
  string,
  string,
  number,
  number,
  number,
  number,
  Readonly<Record<string, string>>?,
  string?,
];

export interface PackedDocument {
  readonly id: string;
  readonly folder?: string;
  readonly files: readonly string[];
  readonly size: number;
  readonly cacheKey: string;
  readonly doc: DocumentSummary;
  readonly rules: readonly string[];
  readonly entities: readonly PackedEntity[];
  readonly assertions: readonly PackedAssertion[];
}

export function packDocument(stored: StoredDocument): PackedDocument {
  const rules: string[] = [];
  const ruleIndex = new Map<string, number>();
  const indexOf = (rule: string) => {
    let index = ruleIndex.get(rule);
    if (index === undefined) {
      index = rules.push(rule) - 1;
      ruleIndex.set(rule, index);
    }
    return index;
  };
  const { doc, entities, assertions } = stored.extraction;
  return {
    id: stored.id,
    ...(stored.folder === undefined ? {} : { folder: stored.folder }),
    files: stored.files,
    size: stored.size,
    cacheKey: stored.cacheKey,
    doc,
    rules,
    entities: entities.map((entity) => {
      const flat: number[] = [];
      for (const m of entity.mentions) flat.push(m.start, m.end, indexOf(m.rule));
      return { ...entity, aliases: [...entity.aliases], mentions: flat };
    }),
    assertions: assertions.map((a): PackedAssertion => {
      const { start, end, rule } = a.evidence;
      const head = [a.type, a.source, a.target, a.confidence, start, end, indexOf(rule)] as const;
      const elsewhere = a.evidence.doc !== doc.id;
      if (elsewhere) return [...head, a.props, a.evidence.doc];
      return hasNoKeys(a.props) ? head : [...head, a.props];
    }),
  };
}

function hasNoKeys(record: object): boolean {
  for (const key in record) if (Object.hasOwn(record, key)) return false;
  return true;
}

/** The stored document back, or an error saying what is wrong with the line. */
export function unpackDocument(value: unknown): StoredDocument {
  const packed = (value ?? {}) as PackedDocument;
  const { rules, doc } = packed;
  if (
    typeof packed.id !== 'string' ||
    typeof doc?.id !== 'string' ||
    !Array.isArray(packed.files) ||
    !Array.isArray(rules) ||
    !Array.isArray(packed.entities) ||
    !Array.isArray(packed.assertions)
  )
    throw new SyntaxError('a document line lacks its id, files, rules, entities or assertions');
  const ruleAt = (index: number) => {
    const rule = rules[index];
    if (typeof rule !== 'string') throw new SyntaxError(`document ${packed.id}: no rule ${index}`);
    return rule;
  };
  return {
    id: packed.id,
    ...(typeof packed.folder === 'string' ? { folder: packed.folder } : {}),
    files: packed.files,
    size: packed.size,
    cacheKey: packed.cacheKey,
    extraction: {
      doc,
      entities: packed.entities.map((entity) => {
        const flat: unknown = entity?.mentions;
        if (
          typeof entity?.key !== 'string' ||
          typeof entity.name !== 'string' ||
          typeof entity.type !== 'string' ||
          !Array.isArray(entity.aliases)
        )
          throw new SyntaxError(
            `document ${packed.id}: an entity lacks its key, name, type or aliases`,
          );
        if (!Array.isArray(flat) || flat.length % 3 !== 0)
          throw new SyntaxError(`document ${packed.id}: mentions of ${entity.key} are not triples`);
        const mentions: MentionRecord[] = [];
        for (let i = 0; i < flat.length; i += 3)
          mentions.push({
            start: flat[i] as number,
            end: flat[i + 1] as number,
            rule: ruleAt(flat[i + 2] as number),
          });
        return { ...entity, mentions };
      }),
      assertions: packed.assertions.map((packedAssertion): Assertion => {
        if (!Array.isArray(packedAssertion))
          throw new SyntaxError(`document ${packed.id}: a relation is not a list`);
        const [type, source, target, confidence, start, end, rule, props, evidenceDoc] =
          packedAssertion;
        if (typeof source !== 'string' || typeof target !== 'string')
          throw new SyntaxError(`document ${packed.id}: a relation lacks its ends`);
        return {
          type,
          source,
          target,
          props: props ?? {},
          evidence: { doc: evidenceDoc ?? doc.id, start, end, rule: ruleAt(rule) },
          confidence,
        };
      }),
    },
  };
}
