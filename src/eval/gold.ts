// Gold annotation files (tests/fixtures/gold/README.md): one JSON per source document.

import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EntityType, RelationType } from '../types.js';

export interface GoldEntity {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  readonly subtype?: string;
  readonly mentions: readonly string[];
  readonly date?: string;
  readonly end_date?: string;
  readonly optional?: boolean;
}

export interface GoldRelation {
  readonly type: RelationType;
  readonly source: string;
  readonly target: string;
  readonly props?: Readonly<Record<string, string>>;
  readonly evidence: string;
  readonly optional?: boolean;
}

export interface GoldDocument {
  readonly doc: string;
  readonly language: string;
  readonly entities: readonly GoldEntity[];
  readonly relations: readonly GoldRelation[];
  readonly questions: readonly { readonly question: string; readonly answer: readonly string[] }[];
}

export class GoldFormatError extends Error {
  override readonly name = 'GoldFormatError';
}

export async function readGold(dir: string): Promise<GoldDocument[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  return Promise.all(
    files.map(async (file) => parseGold(await readFile(join(dir, file), 'utf8'), file)),
  );
}

export function parseGold(json: string, file: string): GoldDocument {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    throw new GoldFormatError(`readGold: ${file} is not valid JSON (${(error as Error).message})`);
  }
  const gold = raw as Partial<GoldDocument>;
  if (
    typeof gold.doc !== 'string' ||
    !Array.isArray(gold.entities) ||
    !Array.isArray(gold.relations)
  ) {
    throw new GoldFormatError(`readGold: ${file} needs "doc", "entities" and "relations"`);
  }
  return {
    doc: gold.doc,
    language: gold.language ?? 'fr',
    entities: gold.entities,
    relations: gold.relations,
    questions: gold.questions ?? [],
  };
}
