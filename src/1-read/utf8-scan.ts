// A strict UTF-8 reading of bytes that says where and why it fails: a stray byte (0xE9 from a
// Latin-1 editor), an overlong form, an encoded surrogate, a sequence cut at the end of the file.

export type Utf8Fault =
  | 'stray byte'
  | 'overlong encoding'
  | 'encoded surrogate'
  | 'code point above U+10FFFF'
  | 'sequence cut at end of file'
  | 'truncated sequence';

export interface Utf8Problem {
  readonly offset: number;
  readonly fault: Utf8Fault;
}

export interface Utf8Scan {
  /** Valid sequences of two to four bytes: evidence that the file is UTF-8. */
  readonly multibyte: number;
  readonly problems: readonly Utf8Problem[];
}

function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

const isContinuation = (byte: number | undefined) => byte !== undefined && (byte & 0xc0) === 0x80;

export function scanUtf8(bytes: Uint8Array, maxProblems = 100): Utf8Scan {
  let multibyte = 0;
  const problems: Utf8Problem[] = [];
  let i = 0;
  while (i < bytes.length && problems.length < maxProblems) {
    const lead = bytes[i] as number;
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    const length = sequenceLength(lead);
    if (length === 0) {
      // a bad lead byte takes the continuation bytes after it into the same fault
      const fault: Utf8Fault =
        lead === 0xc0 || lead === 0xc1
          ? 'overlong encoding'
          : lead >= 0xf5
            ? 'code point above U+10FFFF'
            : 'stray byte';
      problems.push({ offset: i, fault });
      i += 1;
      if (lead >= 0xc0) while (isContinuation(bytes[i])) i += 1;
      continue;
    }
    let valid = 1;
    while (valid < length && isContinuation(bytes[i + valid])) valid += 1;
    if (valid < length) {
      const fault: Utf8Fault =
        i + valid >= bytes.length
          ? 'sequence cut at end of file'
          : valid === 1
            ? 'stray byte' // a Latin-1 "é" (0xE9) between ASCII letters
            : 'truncated sequence';
      problems.push({ offset: i, fault });
      i += valid;
      continue;
    }
    const second = bytes[i + 1] as number;
    if ((lead === 0xe0 && second < 0xa0) || (lead === 0xf0 && second < 0x90)) {
      problems.push({ offset: i, fault: 'overlong encoding' });
    } else if (lead === 0xed && second >= 0xa0) {
      problems.push({ offset: i, fault: 'encoded surrogate' });
    } else if (lead === 0xf4 && second >= 0x90) {
      problems.push({ offset: i, fault: 'code point above U+10FFFF' });
    } else {
      multibyte += 1;
    }
    i += length;
  }
  return { multibyte, problems };
}
