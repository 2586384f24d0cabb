// A text sent to ingestDocument -> the problems that refuse it, before anything is stored. The rules
// of reading a file (empty, binary, too large), stricter where a file would be repaired: a caller
// can resend clean text, and what is stored must read back as it was sent.

import type { Diagnostic, DiagnosticCode } from '../types.js';
import { describeNulBytes, findNulBytes } from './binary-data.js';
import { decodeText } from './decode-text.js';

const LONE_SURROGATE = /\p{Surrogate}/u;

/** Problems of `text` (the argument `name`), each an error; none when it can be stored. */
export function validateIngestText(text: string, name: string): Diagnostic[] {
  const problem = (code: DiagnosticCode, message: string): Diagnostic[] => [
    { file: name, code, severity: 'error', message: `${name}: ${message}` },
  ];
  const surrogate = LONE_SURROGATE.exec(text);
  if (surrogate) {
    return problem(
      'INVALID_ENCODING',
      `invalid text: a lone UTF-16 surrogate at character ${surrogate.index}`,
    );
  }
  const nuls = findNulBytes(text);
  if (nuls.count > 0) {
    return problem(
      'BINARY_FILE',
      `holds ${describeNulBytes(nuls, 'character')}; send the text without them`,
    );
  }
  return decodeText(Buffer.from(text, 'utf8'), name)
    .diagnostics.filter((d) => d.severity === 'error')
    .map((d) => ({ ...d, message: d.message.replace('the file', 'the text') }));
}
