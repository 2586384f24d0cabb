// Two sittings named in one breath: "en format restreint puis élargi", "in both restricted and
// expanded formats". The keyword rules read at most the first; each of the pair is an event of its
// own (parts of the summit or visit), dated by its sentence.

import type { EventFormat } from '../types.js';
import { extendRight } from './event-phrase.js';
import { sentenceOf } from './sentence-of.js';
import type { EventContext } from './find-events.js';
import { nearestDate } from './find-keyword-events.js';
import type { EventMention } from './types.js';

interface PairedFormatRule {
  readonly id: string;
  readonly pattern: RegExp;
  /** Format of each capture group that names a sitting. */
  readonly formats: readonly (EventFormat | undefined)[];
  readonly example: string;
}

const RULES: readonly PairedFormatRule[] = [
  {
    id: 'paired-formats-fr',
    // the first is "format restreint" of the keyword rules; the group names the second
    pattern:
      /formats? (?:restreint|étroit)s?,? (?:et|puis|ensuite|avant de passer au|suivi d[’']un) (?:(?:en |au )?format )?(élargi)s?/gi,
    formats: ['EXPANDED_TALKS'],
    example: 'les entretiens se sont déroulés en format restreint puis élargi',
  },
  {
    id: 'paired-formats-en',
    pattern:
      /(restricted|narrow|limited)(?:-format)? and (?:then )?((?:expanded|extended|enlarged|broad) formats?)/gi,
    formats: ['RESTRICTED_TALKS', 'EXPANDED_TALKS'],
    example: 'the leaders sat in both restricted and expanded formats',
  },
  {
    id: 'paired-formats-delegations',
    // "ont débuté en tête-à-tête et se sont poursuivis en présence des délégations", "began in a
    // one-on-one format and continued with the participation of the two delegations": the
    // continued sitting is the expanded one ("se sont poursuivis en format élargi" is a keyword)
    pattern:
      /(?:tête-à-tête|tete-a-tete|petit comité|format restreint|one-on-one|restricted format|narrow format)[^.;!?\n]*?(?:poursuivie?s?|continued) ((?:en présence|avec la participation) (?:des|de leurs) délégations|(?:with the participation|in the presence) of (?:the )?(?:members of )?(?:the |their |both )?(?:two )?delegations)/giu,
    formats: ['EXPANDED_TALKS'],
    example:
      'les entretiens ont débuté en tête-à-tête et se sont poursuivis en présence des délégations',
  },
];

export function findPairedFormats(ctx: EventContext): EventMention[] {
  const { text, dates } = ctx;
  return RULES.flatMap((rule) =>
    [...text.matchAll(rule.pattern)].flatMap((m) =>
      rule.formats.flatMap((format, g) => {
        const word = m[g + 1];
        if (!format || !word) return [];
        const start = m.index + m[0].indexOf(word, g === 0 ? 0 : (m[1] ?? '').length);
        const sentence = sentenceOf(text, start);
        // "élargi à l’ensemble des délégations": the sitting's complements
        const end = extendRight(text, start + word.length, sentence.end).end;
        const date = nearestDate(dates, { start, end }, sentence, 200);
        return [
          {
            start,
            end,
            surface: text.slice(start, end),
            rule: rule.id,
            format,
            ...(date ? { date: date.date } : {}),
            places: [],
            // a sitting stated beside its sibling stands as an event of its own
            anchored: true,
            plural: false,
          },
        ];
      }),
    ),
  );
}
