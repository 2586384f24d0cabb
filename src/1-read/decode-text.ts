// Bytes -> text: refuses empty and binary files, strips a BOM, accepts UTF-8 and falls back to
// Windows-1252 (with a warning), and turns CRLF/CR into LF so offsets are the same everywhere.

import type { Diagnostic, WithDiagnostics } from '../types.js';

export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

export function decodeText(bytes: Uint8Array, file: string): WithDiagnostics<string | undefined> {
  const refuse = (code: Diagnostic['code'], message: string) => ({
    value: undefined,
    diagnostics: [{ file, code, severity: 'error' as const, message: `${file}: ${message}` }],
  });
  if (bytes.length === 0) return refuse('EMPTY_FILE', 'the file is empty');
  if (bytes.length > MAX_DOCUMENT_BYTES) {
    return refuse(
      'FILE_TOO_LARGE',
      `${bytes.length} bytes is over the limit of ${MAX_DOCUMENT_BYTES}`,
    );
  }
  if (looksBinary(bytes))
    return refuse('BINARY_FILE', 'the file holds binary data (NUL bytes), not text');

  const body = hasUtf8Bom(bytes) ? bytes.subarray(UTF8_BOM.length) : bytes;
  const diagnostics: Diagnostic[] = [];
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    text = new TextDecoder('windows-1252').decode(body);
    diagnostics.push({
      file,
      code: 'DECODED_AS_WINDOWS_1252',
      severity: 'warning',
      message: `${file}: not valid UTF-8; decoded as Windows-1252`,
    });
  }
  text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') return refuse('EMPTY_FILE', 'the file holds only white space');
  return { value: text, diagnostics };
}

function hasUtf8Bom(bytes: Uint8Array): boolean {
  return UTF8_BOM.every((byte, i) => bytes[i] === byte);
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  return sample.includes(0);
}
