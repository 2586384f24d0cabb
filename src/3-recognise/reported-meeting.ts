// What keeps a keyword phrase from anchoring to the event a text reports: an honorific is no
// proper name ("rencontré Mr. Raïssi"), and a speaker's own past meetings ("j’ai rencontré X à
// plusieurs reprises", "I have met him many times") are other occasions than the present one.

import { HONORIFICS } from '../lexicon/honorifics.js';

const HONORIFIC_WORDS = new Set(HONORIFICS);
/** "j’ai", "je l’ai", "nous avons", "I have", "I’ve", "we", right before the verb. */
const SPEAKER_BEFORE =
  /(?:(?<![\p{L}])j[’']ai|(?<![\p{L}])je l[’']ai|(?<![\p{L}])nous (?:l[’'])?avons|(?<![\p{L}])nous nous sommes|(?<![\p{L}])(?:I|we)(?: (?:have|had|already|first|often|also|never))?|(?<![\p{L}])(?:I|we)[’']ve)(?: (?:déjà|souvent|aussi|également|personnellement|plusieurs fois|maintes fois))? *$/iu;
/** "à plusieurs reprises", "many times": more than one occasion, not one event. */
const REPEATED_AFTER =
  /^[^.;!?\n]{0,60}?(?<![\p{L}])(?:à (?:plusieurs|maintes|de nombreuses|nombreuses) reprises|plusieurs fois|maintes fois|à chaque fois|many times|several times|on (?:several|many|numerous) occasions|numerous times|repeatedly)(?![\p{L}])/iu;

/** "met separately with X and Y", "a rencontré séparément": one meeting each, right after the verb. */
const SEPARATELY_AFTER = /^\s+(?:separately|individually|séparément|individuellement)(?![\p{L}])/iu;

const ABBREVIATION_STOP = /(?<![\p{L}])(Mr|Mrs|Ms|M|Dr|Pr)\./gu;

/** "Mr" of "Mr. Raïssi", "Mme": a courtesy title, which anchors no event. */
export function isHonorific(word: string): boolean {
  return HONORIFIC_WORDS.has(word.replace(/\.$/u, ''));
}

/** "j’ai rencontré", "we met with": the speaker tells a meeting of their own past. */
export function isSpeakersOwnMeeting(text: string, verbStart: number): boolean {
  return SPEAKER_BEFORE.test(text.slice(Math.max(0, verbStart - 40), verbStart));
}

/** "rencontré X à plusieurs reprises", "met separately with": several meetings, none of which is
 * the reported one. */
export function isRepeatedMeeting(text: string, phraseEnd: number, verbEnd = phraseEnd): boolean {
  if (SEPARATELY_AFTER.test(text.slice(verbEnd, verbEnd + 20))) return true;
  // "Mr. Raïssi à plusieurs reprises": the full stop of an honorific ends no clause
  const after = text.slice(phraseEnd, phraseEnd + 100).replace(ABBREVIATION_STOP, '$1');
  return REPEATED_AFTER.test(after);
}
