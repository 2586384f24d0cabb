// Decoded text (+ sidecar or page metadata) -> a Document with its stable id, and the warnings met
// on the way: look-alike letters folded, a title cleaned, an address that is no http(s) URL dropped.

import { createHash } from 'node:crypto';
import type { Diagnostic, SourceDocument, WithDiagnostics } from '../types.js';
import { cleanTitle } from './clean-title.js';
import { dropNonWebUrl } from './document-url.js';
import { normaliseTextReporting, type NormalisedText } from './normalise-text.js';
import { readMetadata, type SidecarMetadata } from './read-metadata.js';

export function readDocumentText(
  text: string,
  file: string,
  sidecar: SidecarMetadata = {},
): WithDiagnostics<SourceDocument> {
  const normalised = normaliseTextReporting(text);
  const given = dropNonWebUrl(sidecar, file, 'the metadata');
  const found = dropNonWebUrl(readMetadata(normalised.text, given.value), file, 'the text');
  const title = cleanTitle(found.value.title, file);
  const id = createHash('sha256').update(normalised.text).digest('hex').slice(0, 16);
  return {
    value: { id, file, text: normalised.text, ...found.value, title: title.value },
    diagnostics: [
      ...lookAlikeWarnings(normalised, file),
      ...given.diagnostics,
      ...found.diagnostics,
      ...title.diagnostics,
    ],
  };
}

/** A Document from text already in memory (tests, the API), without its warnings. */
export function makeDocument(
  text: string,
  file: string,
  sidecar: SidecarMetadata = {},
): SourceDocument {
  return readDocumentText(text, file, sidecar).value;
}

function lookAlikeWarnings({ folded, firstFolded }: NormalisedText, file: string): Diagnostic[] {
  if (folded === 0 || !firstFolded) return [];
  return [
    {
      file,
      code: 'LOOK_ALIKES_FOLDED',
      severity: 'warning',
      message: `${file}: ${folded} Cyrillic/Greek look-alike letter(s) inside Latin words read as Latin (first "${firstFolded.from}" -> "${firstFolded.to}")`,
    },
  ];
}
