// Bytes -> is this binary data, and where are its NUL bytes. A text with a few stray NUL bytes
// (a pasted C string, a padded record) is text with faults; many NULs or control bytes is binary.

/** NUL bytes in the sample beyond which the file is binary: UTF-16 without a BOM, executables. */
const MAX_STRAY_NULS = 8;
/** Share of other control bytes (not tab, line ends, form feed, escape) that marks binary data. */
const MAX_CONTROL_SHARE = 0.05;

const isOtherControl = (byte: number) =>
  byte > 0 &&
  byte < 0x20 &&
  byte !== 0x09 &&
  byte !== 0x0a &&
  byte !== 0x0b &&
  byte !== 0x0c &&
  byte !== 0x0d &&
  byte !== 0x1b;

/** True for data that is not text: over 8 NUL bytes, or over 5% of (at least 2) control bytes. */
export function holdsBinaryData(sample: Uint8Array): boolean {
  let nuls = 0;
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) nuls += 1;
    else if (isOtherControl(byte)) controls += 1;
  }
  return nuls > MAX_STRAY_NULS || (controls >= 2 && controls > sample.length * MAX_CONTROL_SHARE);
}

/** NUL bytes (or U+0000 characters) found: how many, and the offsets of the first few. */
export interface NulBytes {
  readonly count: number;
  readonly first: readonly number[];
}

const SHOWN_OFFSETS = 5;

/** The NUL bytes of bytes (or U+0000 of a decoded text); `toByte` turns an index into the byte offset to report. */
export function findNulBytes(
  data: Uint8Array | string,
  toByte: (index: number) => number = (index) => index,
): NulBytes {
  const next =
    typeof data === 'string'
      ? (from: number) => data.indexOf('\0', from)
      : (from: number) => data.indexOf(0, from);
  const first: number[] = [];
  let count = 0;
  for (let at = next(0); at !== -1; at = next(at + 1)) {
    if (count < SHOWN_OFFSETS) first.push(toByte(at));
    count += 1;
  }
  return { count, first };
}

/** "3 NUL byte(s) at byte 1, 17, 30" or "8 NUL byte(s) at byte 1, 17, 30, 41, 52, and 3 more". */
export function describeNulBytes(
  { count, first }: NulBytes,
  unit: 'byte' | 'character' = 'byte',
): string {
  const more = count > first.length ? `, and ${count - first.length} more` : '';
  return `${count} NUL ${unit}(s) at ${unit} ${first.join(', ')}${more}`;
}
