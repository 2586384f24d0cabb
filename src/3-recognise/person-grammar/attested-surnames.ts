// Evidence for a name outside its own phrase: the surname written elsewhere with an honorific or
// an initial ("M. Saïdov", "B. Saïdov"), or repeated alone, while the full name opens a speech
// verb ("Bakhtiyor Saïdov a déclaré", "a souligné Bakhtiyor Saïdov", "said Bakhtiyor Saidov").

import { compileSteps, matchBefore } from '../tokens/match-steps.js';
import type { TokenView } from '../tokens/types.js';
import type { Mention } from '../types.js';
import type { NameChunk } from './find-name-chunks.js';
import { isSpeaker } from './speech-context.js';
import { writesSurnamesInCapitals } from './written-shapes.js';

const HONORIFIC = compileSteps('m|mr|mme|mrs|ms|monsieur|madame .?');

export interface NameEvidence {
  /** Folded surnames written with an honorific or an initial somewhere in the document. */
  readonly attested: ReadonlySet<string>;
  /** Folded capitalised words and how often each is written. */
  readonly counts: ReadonlyMap<string, number>;
  /** The document writes surnames in capitals ("Sergueï LAVROV"). */
  readonly capitalSurnames: boolean;
}

/** One pass over the tokens and the mentions found so far. */
export function gatherNameEvidence(
  view: TokenView,
  chunks: readonly NameChunk[],
  mentions: readonly Mention[],
): NameEvidence {
  const attested = new Set<string>();
  for (const m of mentions)
    if (m.type === 'Person' && m.partial === 'surname' && m.surname)
      attested.add(m.surname.toLowerCase());
  for (const chunk of chunks)
    if (chunk.words.length === 1 && matchBefore(view, chunk.first - 1, HONORIFIC) >= 0)
      attested.add(view.tokens[chunk.first]?.folded ?? '');
  const counts = new Map<string, number>();
  view.tokens.forEach((t) => {
    if (t.case === 'title' || t.case === 'upper')
      counts.set(t.folded, (counts.get(t.folded) ?? 0) + 1);
  });
  return { attested, counts, capitalSurnames: writesSurnamesInCapitals(view, chunks, mentions) };
}

/** "Bakhtiyor Saïdov … M. Saïdov": the full name's surname is written with an honorific. */
export function hasAttestedSurname(
  view: TokenView,
  chunk: NameChunk,
  evidence: NameEvidence,
): boolean {
  const surname = surnameOf(view, chunk);
  return surname !== undefined && evidence.attested.has(surname);
}

/** A speech verb beside the full name, and its surname written again elsewhere. */
export function isRepeatedSpeaker(
  view: TokenView,
  chunk: NameChunk,
  evidence: NameEvidence,
): boolean {
  const surname = surnameOf(view, chunk);
  if (surname === undefined || (evidence.counts.get(surname) ?? 0) < 2) return false;
  return isSpeaker(view, chunk);
}

/** The folded last word of a two- or three-word name, when it is long enough to be a surname. */
function surnameOf(view: TokenView, chunk: NameChunk): string | undefined {
  if (chunk.words.length < 2 || chunk.words.length > 3) return undefined;
  const surname = view.tokens[chunk.last]?.folded ?? '';
  return surname.length >= 3 ? surname : undefined;
}
