#!/usr/bin/env node
// Generates src/7-serve/generated/schema-types.ts (resolver types) from schema.graphql with
// GraphQL Code Generator. `--check` fails when the committed file is stale instead of writing.

import { readFile, writeFile } from 'node:fs/promises';
import process from 'node:process';
import { codegen } from '@graphql-codegen/core';
import * as typescriptPlugin from '@graphql-codegen/typescript';
import * as resolversPlugin from '@graphql-codegen/typescript-resolvers';
import { buildSchema, parse } from 'graphql';
import prettier from 'prettier';

const SCHEMA = 'schema.graphql';
const OUT = 'src/7-serve/generated/schema-types.ts';
const MODEL = '../model.js';

const sdl = await readFile(SCHEMA, 'utf8');
const entityMapper = `${MODEL}#NodeKey`;
const edgeMapper = `${MODEL}#EdgeKey`;
const generated = await codegen({
  filename: OUT,
  schema: parse(sdl),
  schemaAst: buildSchema(sdl),
  documents: [],
  plugins: [{ typescript: {} }, { typescriptResolvers: {} }],
  pluginMap: { typescript: typescriptPlugin, typescriptResolvers: resolversPlugin },
  config: {
    useTypeImports: true,
    enumsAsTypes: true,
    strictScalars: true,
    avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
    scalars: {
      PartialDateTime: 'string',
      Date: { input: 'Date', output: 'string' },
      DateTime: { input: 'Date', output: 'Date | string' },
      URL: { input: 'URL', output: 'string' },
      NonNegativeInt: 'number',
    },
    contextType: `${MODEL}#ServerContext`,
    mappers: {
      Entity: entityMapper,
      Person: entityMapper,
      Organisation: entityMapper,
      Place: entityMapper,
      Event: entityMapper,
      Relation: edgeMapper,
      Attendance: edgeMapper,
      Role: edgeMapper,
      Membership: edgeMapper,
      Post: `${MODEL}#PostModel`,
      Evidence: `${MODEL}#EvidenceModel`,
      Document: `${MODEL}#DocumentModel`,
      Path: `${MODEL}#PathModel`,
      Subgraph: `${MODEL}#SubgraphModel`,
      IngestResult: `${MODEL}#IngestResultModel`,
    },
  },
});

const header =
  '// Generated from schema.graphql by `npm run codegen`: do not edit.\n/* eslint-disable */\n';
const options = (await prettier.resolveConfig(OUT)) ?? {};
const text = await prettier.format(header + generated, { ...options, filepath: OUT });

if (process.argv.includes('--check')) {
  const current = await readFile(OUT, 'utf8').catch(() => '');
  if (current !== text) {
    process.stderr.write(`${OUT} is stale: run npm run codegen\n`);
    process.exit(1);
  }
} else {
  await writeFile(OUT, text);
  process.stdout.write(`wrote ${OUT}\n`);
}
