// One character as a case-insensitive regex sees it: a code unit in, its folded code unit out.
// Shared by the keywords a cue cannot match without and the text scanned for them, so that a
// keyword found folded is found wherever the regex (flags i or iu) could match.

let TABLE: Uint16Array | undefined;

/** The folded form of one code unit: its upper case's lower case, "ſ" as "s", "K" (Kelvin) as
 * "k", "µ" as "μ"; folding more than a regex does is safe (a keyword found too often), less is
 * not, and tests/prefilter checks every code unit against both flags. */
function foldOne(code: number): number {
  const char = String.fromCharCode(code);
  const upper = char.toUpperCase();
  const lower = (upper.length === 1 ? upper : char).toLowerCase();
  if (lower.length === 1) return lower.charCodeAt(0);
  const plain = char.toLowerCase();
  return plain.length === 1 ? plain.charCodeAt(0) : code;
}

/** The fold of every code unit, computed once (65,536 entries). */
export function foldTable(): Uint16Array {
  if (TABLE) return TABLE;
  const table = new Uint16Array(0x10000);
  for (let code = 0; code < 0x10000; code += 1) table[code] = foldOne(code);
  TABLE = table;
  return table;
}

/** A string folded code unit by code unit (same length). */
export function foldText(text: string): string {
  const table = foldTable();
  let out = '';
  for (let i = 0; i < text.length; i += 1)
    out += String.fromCharCode(table[text.charCodeAt(i)] ?? 0);
  return out;
}
