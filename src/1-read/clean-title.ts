// A document title (sidecar, HTML <title>/og:title, first line) -> cleaned as text is cleaned, and
// without control characters, noncharacters (U+FFFE, U+FFFF) or replacement characters (U+FFFD),
// which a title shown in a list or an export must not carry; a warning says what was removed.

import type { WithDiagnostics } from '../types.js';
import { normaliseText } from './normalise-text.js';

/* eslint-disable no-control-regex -- these patterns are about control characters */
const KINDS: readonly (readonly [string, RegExp])[] = [
  ['control character(s)', /[\u0000-\u001F\u007F-\u009F]/g],
  ['noncharacter(s) U+FFFE/U+FFFF', /[\uFDD0-\uFDEF\uFFFE\uFFFF]/g],
  ['replacement character(s) U+FFFD', /\uFFFD/g],
];

export function cleanTitle(title: string, file: string): WithDiagnostics<string> {
  const removed: string[] = [];
  let clean = title;
  for (const [kind, pattern] of KINDS) {
    const count = clean.match(pattern)?.length ?? 0;
    if (count === 0) continue;
    removed.push(`${count} ${kind}`);
    clean = clean.replace(pattern, ' ');
  }
  if (removed.length === 0) return { value: normaliseText(clean).trim(), diagnostics: [] };
  return {
    value: normaliseText(clean).replace(/ {2,}/g, ' ').trim(),
    diagnostics: [
      {
        file,
        code: 'TITLE_CLEANED',
        severity: 'warning',
        message: `${file}: removed from the title: ${removed.join(', ')}`,
      },
    ],
  };
}
