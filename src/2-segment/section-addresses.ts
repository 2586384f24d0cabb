// A document that gathers several pages (a digest of five Kremlin releases, each closed or opened by
// its address) cites each piece of evidence with its own page's address, not the first one's.

import type { DocumentPart } from '../types.js';
import type { DocumentStructure } from './types.js';

const ADDRESS = /https?:\/\/\S+/u;

/** The sections that write exactly one address, when the document writes more than one. */
export function sectionAddresses(structure: DocumentStructure): DocumentPart[] {
  const bySection = new Map<number, Set<string>>();
  for (const segment of structure.segments) {
    if (segment.kind !== 'source-url') continue;
    const url = ADDRESS.exec(segment.text)?.[0];
    if (!url) continue;
    const urls = bySection.get(segment.section) ?? new Set<string>();
    urls.add(url);
    bySection.set(segment.section, urls);
  }
  const distinct = new Set([...bySection.values()].flatMap((urls) => [...urls]));
  if (distinct.size < 2) return [];
  return structure.sections.flatMap((section) => {
    const urls = [...(bySection.get(section.index) ?? [])];
    return urls.length === 1 && urls[0]
      ? [{ start: section.start, end: section.end, url: urls[0] }]
      : [];
  });
}
