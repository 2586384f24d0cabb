// A document's address (sidecar, HTML canonical/og:url, "Source:" line, ingestDocument) -> kept only
// when it is an absolute http(s) URL: a "javascript:", "data:" or "file:" address must never be
// served as a link to the source.

import type { Diagnostic, WithDiagnostics } from '../types.js';
import type { SidecarMetadata } from './read-metadata.js';

const WEB_PROTOCOLS = new Set(['http:', 'https:']);

export function isWebAddress(url: string): boolean {
  try {
    return WEB_PROTOCOLS.has(new URL(url).protocol);
  } catch {
    return false; // relative or malformed
  }
}

/** Why `url` cannot be a document's address, or undefined when it can. */
export function whyNotWebAddress(url: string): string | undefined {
  if (isWebAddress(url)) return undefined;
  const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(url)?.[1];
  return scheme && !/^https?$/i.test(scheme)
    ? `a "${scheme.toLowerCase()}:" address; only http(s) addresses are kept`
    : 'not an absolute http(s) address';
}

/** `metadata` without a url that is no http(s) address, and a warning naming where it was. */
export function dropNonWebUrl<M extends SidecarMetadata>(
  metadata: M,
  file: string,
  where: string,
): WithDiagnostics<M> {
  const reason = metadata.url === undefined ? undefined : whyNotWebAddress(metadata.url);
  if (reason === undefined) return { value: metadata, diagnostics: [] };
  const { url, ...rest } = metadata;
  return {
    value: rest as M, // M without its optional url
    diagnostics: [
      {
        file,
        code: 'BAD_URL',
        severity: 'warning',
        message: `${file}: the url of ${where} (${JSON.stringify(url?.slice(0, 80))}) is dropped: ${reason}`,
      },
    ],
  };
}

/** The problems of an ingestDocument url argument `name`: none for an http(s) address. */
export function validateDocumentUrl(url: string | undefined, name: string): Diagnostic[] {
  const reason = url === undefined ? undefined : whyNotWebAddress(url);
  return reason === undefined
    ? []
    : [{ file: name, code: 'BAD_URL', severity: 'error', message: `${name}: ${reason}` }];
}
