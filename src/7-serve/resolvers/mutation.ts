// ingestDocument: checked input, token required, the document stored and ingested by the server.

import { GraphQLError } from 'graphql';
import { validateDocumentUrl } from '../../1-read/document-url.js';
import { validateIngestText } from '../../1-read/validate-ingest-text.js';
import { badInput } from '../errors.js';
import type { MutationResolvers } from '../generated/schema-types.js';
import { isoDay } from './scalars.js';

export const MAX_INGEST_CHARS = 500_000;
const LANGUAGES = new Set(['fr', 'en']);

export const Mutation: MutationResolvers = {
  ingestDocument: async (_, { input }, context) => {
    const { mutations } = context;
    if (!mutations) {
      throw new GraphQLError('Mutations are off: start the server with PROTOKOL_TOKEN set', {
        extensions: { code: 'FORBIDDEN' },
      });
    }
    if (!mutations.authorized) {
      throw new GraphQLError('ingestDocument needs the header Authorization: Bearer <token>', {
        extensions: { code: 'UNAUTHENTICATED' },
      });
    }
    if (input.text.trim() === '') throw badInput('text is empty', 'text');
    if (input.text.length > MAX_INGEST_CHARS) {
      throw badInput(
        `text has ${input.text.length} characters, the limit is ${MAX_INGEST_CHARS}`,
        'text',
      );
    }
    const invalid = [
      ...validateIngestText(input.text, 'text'),
      ...validateDocumentUrl(input.url?.toString(), 'url'),
    ][0];
    if (invalid) throw badInput(invalid.message, invalid.file);
    if (input.title.trim() === '' || input.title.length > 500) {
      throw badInput('title must have 1 to 500 characters', 'title');
    }
    const language = input.language ?? 'fr';
    if (!LANGUAGES.has(language))
      throw badInput(`language must be fr or en, got ${language}`, 'language');
    const publishedAt = isoDay(input.publishedAt);
    const { result, view } = await mutations.ingest({
      title: input.title.trim(),
      text: input.text,
      language: language as 'fr' | 'en',
      ...(input.url ? { url: input.url.toString() } : {}),
      ...(publishedAt ? { publishedAt } : {}),
    });
    // the rest of this answer reads the graph that includes the document
    context.view = view;
    return result;
  },
};
