// Windows-1252 decoding. Node 20's TextDecoder('windows-1252') decodes as Latin-1, leaving bytes
// 0x80-0x9F as C1 controls; Windows-1252 gives them printable characters (’ “ ” – … € œ Œ).
// The table is the encoding's own (WHATWG Encoding Standard, index windows-1252).

const HIGH_CONTROLS: readonly (number | undefined)[] = [
  0x20ac,
  undefined,
  0x201a,
  0x0192,
  0x201e,
  0x2026,
  0x2020,
  0x2021,
  0x02c6,
  0x2030,
  0x0160,
  0x2039,
  0x0152,
  undefined,
  0x017d,
  undefined,
  undefined,
  0x2018,
  0x2019,
  0x201c,
  0x201d,
  0x2022,
  0x2013,
  0x2014,
  0x02dc,
  0x2122,
  0x0161,
  0x203a,
  0x0153,
  undefined,
  0x017e,
  0x0178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('latin1').decode(bytes).replace(/[\u0080-\u009f]/g, (c) => {
    const mapped = HIGH_CONTROLS[c.charCodeAt(0) - 0x80];
    return mapped === undefined ? c : String.fromCharCode(mapped);
  });
}
