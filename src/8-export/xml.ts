// XML text that any parser accepts: the five special characters escaped, and the characters
// XML 1.0 forbids (C0 controls but tab/newline/return, U+FFFE/U+FFFF, lone surrogates) removed.
/* eslint-disable no-control-regex -- these patterns are about control characters */

const FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const SPECIAL = /[&<>"']/g;
const NEEDS_WORK = /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** For attribute values and text content alike. */
export function escapeXml(value: string): string {
  if (!NEEDS_WORK.test(value)) return value;
  return value.replace(FORBIDDEN, '').replace(SPECIAL, (c) => ENTITIES[c] ?? c);
}
