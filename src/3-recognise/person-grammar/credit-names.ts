// A run of name words in a credit: after "Photo :", "Crédit photo :", "Photo de", "©", "Par :",
// "By:", "(Reportage", "Reporting by", or beside an outlet and a slash ("AFP/IVAN PETROV",
// "OLEG IVANOV / AFP"). Bylines and credits name journalists and photographers, not the news.

import { compileSteps, matchAfter, matchBefore, type Steps } from '../tokens/match-steps.js';
import type { TokenView } from '../tokens/types.js';
import type { NameChunk } from './find-name-chunks.js';

interface CreditCue {
  readonly steps: Steps;
  /** The cue opens its line or a bracket: "By" and "Par" inside a sentence are no bylines. */
  readonly opensLine: boolean;
}

const CUE = (pattern: string, opensLine = false): CreditCue => ({
  steps: compileSteps(pattern),
  opensLine,
});

export const CREDIT_CUES: readonly CreditCue[] = [
  CUE('photo|photos|photographie|image|credit|credits :'),
  CUE('credit|credits photo|photos :?'),
  CUE("photo|photos|photographie de|d'|by"),
  CUE('©'),
  CUE('reportage|reporting|writing|editing|texte|redaction|auteur|auteurs :?', true),
  CUE('reporting|writing|editing|reported|written|edited by', true),
  CUE('by|par :?', true),
  CUE('version francaise|française :?'),
];

/** An outlet, then a slash: "AFP/", "Gouvernement fédéral/" ; or a slash, then an outlet. */
const ORG_SLASH = compileSteps('#Org /');
const SLASH_ORG = compileSteps('/ #Org');
const OPENERS = new Set(['(', '[', '|', '-', '–', '—']);
/** Words that name outlets, not people: "UrduPoint News / Sputnik", "Kabar Press". */
const OUTLET_WORDS = new Set(
  ['news', 'press', 'presse', 'media', 'medias', 'tv', 'radio', 'times', 'post', 'daily'].concat([
    'herald',
    'tribune',
    'journal',
    'gazette',
    'today',
    'info',
    'online',
    'service',
    'network',
  ]),
);

export function isCreditName(view: TokenView, chunk: NameChunk): boolean {
  if (chunk.words.some((i) => OUTLET_WORDS.has(view.tokens[i]?.folded ?? ''))) return false;
  if (matchBefore(view, chunk.first - 1, ORG_SLASH) >= 0) return true;
  if (matchAfter(view, chunk.last + 1, SLASH_ORG) >= 0) return true;
  return CREDIT_CUES.some((cue) => {
    const at = matchBefore(view, chunk.first - 1, cue.steps);
    return at >= 0 && (!cue.opensLine || opensLine(view, at));
  });
}

function opensLine(view: TokenView, i: number): boolean {
  const token = view.tokens[i];
  if (!token) return false;
  return token.lineStart || OPENERS.has(view.tokens[i - 1]?.text ?? '');
}
