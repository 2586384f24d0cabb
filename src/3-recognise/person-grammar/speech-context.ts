// A run of name words beside a verb of saying: "Temir Orynbai a déclaré", "a souligné Temir
// Orynbai", "« … », a indiqué Temir Orynbai", "selon Temir Orynbai", "said Temir Orynbai",
// "Temir Orynbai has also said". The verb says a person speaks; the cue words are lexicon data.

import {
  SPEAKER_OPENERS,
  SPEECH_ADVERBS,
  SPEECH_PRESENT,
  SPEECH_VERBS,
} from '../../lexicon/speech-cues.js';
import { compileSteps, matchAfter, matchBefore, type Steps } from '../tokens/match-steps.js';
import type { TokenView } from '../tokens/types.js';
import type { NameChunk } from './find-name-chunks.js';

const VERBS = SPEECH_VERBS.join('|');
const ADVERB = `${SPEECH_ADVERBS.join('|')}?`;
const AUXILIARY = 'a|avait|has|had';
/** "X a déclaré", "X a pour sa part souligné", "X said", "X has also said", "X souligne que". */
const SPEECH_AFTER: readonly Steps[] = [
  compileSteps(`${AUXILIARY} ${ADVERB} ${ADVERB} ${ADVERB} ${VERBS}`),
  compileSteps(VERBS),
  compileSteps(`${SPEECH_PRESENT.join('|')} que|qu'|that|:|,`),
];
/** "a souligné X", "…, said X", "…” said X", "selon X", "according to X". */
const SPEECH_BEFORE: readonly Steps[] = [
  compileSteps(`${AUXILIARY} ${VERBS}`),
  compileSteps(`,|"|”|»|' ${VERBS}`),
  ...SPEAKER_OPENERS.map((opener) => compileSteps(opener)),
];

/** A verb of saying right after the name, or a verb or "selon" right before it. */
export function isSpeaker(view: TokenView, chunk: NameChunk): boolean {
  return (
    SPEECH_AFTER.some((steps) => matchAfter(view, chunk.last + 1, steps) >= 0) ||
    SPEECH_BEFORE.some((steps) => matchBefore(view, chunk.first - 1, steps) >= 0)
  );
}
