// Bytes -> text. Refuses empty, binary (by magic number, many NUL or control bytes) and too-large
// files; a few stray NUL bytes are removed with a warning giving their offsets. Reads
// UTF-8 (BOM or not), UTF-16 with a BOM, and legacy Windows-1252 / Latin-1, detected from the
// bytes, never from the file name. A UTF-8 file with a few bad bytes is read as UTF-8 with a
// warning giving each offset. Line ends become LF so offsets are the same everywhere; the rest
// of normalisation happens once, when the document is made (makeDocument).

import type { Diagnostic, DiagnosticCode, WithDiagnostics } from '../types.js';
import { describeNulBytes, findNulBytes, holdsBinaryData, type NulBytes } from './binary-data.js';
import { isBlank } from './normalise-text.js';
import { scanUtf8 } from './utf8-scan.js';
import { decodeWindows1252 } from './windows-1252.js';

export const MAX_DOCUMENT_BYTES = 32 * 1024 * 1024;

const MAGIC: readonly (readonly [string, readonly number[]])[] = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a gzip archive', [0x1f, 0x8b]],
  ['a ZIP archive (or a Word/OpenDocument file)', [0x50, 0x4b, 0x03, 0x04]],
  ['a PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['a 7-Zip archive', [0x37, 0x7a, 0xbc, 0xaf]],
  ['an ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
];
const BOMS: readonly (readonly [string, readonly number[]])[] = [
  ['utf-8', [0xef, 0xbb, 0xbf]],
  ['utf-16le', [0xff, 0xfe]],
  ['utf-16be', [0xfe, 0xff]],
];

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) =>
  prefix.every((byte, i) => bytes[i] === byte);

export function decodeText(bytes: Uint8Array, file: string): WithDiagnostics<string | undefined> {
  const diagnostics: Diagnostic[] = [];
  const note = (code: DiagnosticCode, severity: Diagnostic['severity'], message: string) =>
    diagnostics.push({ file, code, severity, message: `${file}: ${message}` });
  const refuse = (code: DiagnosticCode, message: string) => {
    note(code, 'error', message);
    return { value: undefined, diagnostics };
  };
  if (bytes.length === 0) return refuse('EMPTY_FILE', 'the file is empty');
  if (bytes.length > MAX_DOCUMENT_BYTES) {
    return refuse(
      'FILE_TOO_LARGE',
      `${bytes.length} bytes is over the limit of ${MAX_DOCUMENT_BYTES} bytes`,
    );
  }
  const magic = MAGIC.find(([, prefix]) => startsWith(bytes, prefix));
  if (magic) return refuse('BINARY_FILE', `the file is ${magic[0]}, not text`);

  const bom = BOMS.find(([, prefix]) => startsWith(bytes, prefix));
  let text: string;
  let nulBytes: NulBytes;
  if (bom && bom[0] !== 'utf-8') {
    text = new TextDecoder(bom[0]).decode(bytes.subarray(bom[1].length));
    // UTF-16: two bytes a code unit, after the 2-byte BOM
    nulBytes = findNulBytes(text, (unit) => 2 + 2 * unit);
  } else {
    const body = bom ? bytes.subarray(bom[1].length) : bytes;
    if (holdsBinaryData(body.subarray(0, 8192))) {
      return refuse('BINARY_FILE', 'the file holds binary data (NUL or control bytes), not text');
    }
    nulBytes = findNulBytes(body, (offset) => offset + (bom ? 3 : 0));
    const scan = scanUtf8(body);
    if (scan.problems.length === 0) {
      text = new TextDecoder('utf-8').decode(body);
    } else if (scan.multibyte === 0 || scan.problems.length > scan.multibyte) {
      // no (or hardly any) valid UTF-8 sequence: a legacy 8-bit file
      text = decodeWindows1252(body);
      note(
        'DECODED_AS_WINDOWS_1252',
        'warning',
        `not UTF-8 (${scan.problems.length} invalid sequences, first at byte ${scan.problems[0]?.offset}); decoded as Windows-1252/Latin-1`,
      );
    } else {
      text = new TextDecoder('utf-8').decode(body);
      const shown = scan.problems
        .slice(0, 5)
        .map((p) => `${p.fault} at byte ${p.offset + (bom ? 3 : 0)}`);
      note(
        'INVALID_ENCODING',
        'warning',
        `invalid UTF-8 replaced by U+FFFD: ${shown.join(', ')}${scan.problems.length > 5 ? `, and ${scan.problems.length - 5} more` : ''}`,
      );
    }
  }
  if (nulBytes.count > 0) {
    text = text.replaceAll('\0', '');
    note('NUL_BYTES_REMOVED', 'warning', `removed ${describeNulBytes(nulBytes)}`);
  }
  text = text.replace(/\r\n?/g, '\n');
  if (isBlank(text)) return refuse('EMPTY_FILE', 'the file holds only white space');
  return { value: text, diagnostics };
}
