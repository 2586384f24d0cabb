// A heading written several times (a table of contents, then the section itself): where the event
// it names is written in each of the other lines. Each span is checked against the text, so a
// repeated line that is spelled differently cites nothing rather than a wrong place.

import type { Span } from '../types.js';

/** The spans of `mention`'s words in every occurrence line other than its own. */
export function repeatedMentionSpans(
  text: string,
  occurrences: readonly Span[],
  mention: Span,
): Span[] {
  const surface = text.slice(mention.start, mention.end);
  const own = occurrences.find((o) => o.start <= mention.start && mention.end <= o.end);
  const offset = own ? mention.start - own.start : -1;
  const spans: Span[] = [];
  for (const line of occurrences) {
    if (line === own) continue;
    const at =
      offset >= 0 && text.startsWith(surface, line.start + offset)
        ? line.start + offset
        : text.slice(line.start, line.end).indexOf(surface) + line.start;
    if (at >= line.start && at + surface.length <= line.end)
      spans.push({ start: at, end: at + surface.length });
  }
  return spans;
}
