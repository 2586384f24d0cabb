// The person grammar as data: each rule says which context makes a run of name words a person.
// Patterns are token steps (see tokens/match-steps.ts); `test` names a context a phrase parser reads
// (a title before or after the name). The id travels to the mention's `rule` and the evidence.

import { COURTESY_TITLES } from '../../lexicon/honorifics.js';
import { AGENT_PARTICIPLES, PRESENCE_PHRASES } from '../../lexicon/speech-cues.js';
import { compileSteps, type Steps } from '../tokens/match-steps.js';

export type PersonTest =
  | 'first-name'
  | 'title-before'
  | 'title-after'
  | 'list-after-person'
  | 'list-before-person'
  | 'bracketed-country-item'
  | 'country-dash-line'
  | 'country-comma-item'
  | 'pinyin-name'
  | 'family-name-alone'
  | 'east-asian-name'
  | 'credit-name'
  | 'attested-surname'
  | 'repeated-speaker'
  | 'speaker'
  | 'capitalised-surname'
  | 'initials-name'
  | 'surname-shape';

export interface PersonRule {
  readonly id: string;
  /** A French or English example of what the rule reads. */
  readonly example: string;
  readonly test?: PersonTest;
  /** Steps right before the name (the last step touches it). */
  readonly before?: Steps;
  /** Steps right after the name. */
  readonly after?: Steps;
  /** Steps that must not come right before the name ("président du | Milli Medjlis du ..."). */
  readonly notBefore?: Steps;
  /** Fewer words make a surname to resolve against the document's full names, not a new person. */
  readonly minWords: number;
}

/** Read after the others, once the persons after a name are known (find-grammar-people.ts). */
export const LIST_BEFORE_PERSON: PersonRule = {
  id: 'list-before-person',
  example: '"Chinedu Okafor et Gedion Timothewos", "Chinedu Okafor and Wang Yi met"',
  test: 'list-before-person',
  minWords: 2,
};

export const PERSON_RULES: readonly PersonRule[] = [
  {
    id: 'given-name',
    example: '"Nikolaï Snopkov", "Mikhaïl Leonidovitch Bogdanov": a known given name first',
    test: 'first-name',
    minWords: 2,
  },
  {
    id: 'chinese-name',
    example: '"Wang Yi", "Li Qiang", "Xi Jinping": a Chinese family name, then pinyin syllables',
    test: 'pinyin-name',
    minWords: 2,
  },
  {
    id: 'family-name-alone',
    example: '"Qin Gang … Qin said", "Ding Xuexiang … Ding noted": a family name written alone',
    test: 'family-name-alone',
    minWords: 2,
  },
  {
    id: 'east-asian-name',
    example: '"Ri Son Hui", "Pak Thae Song", "Nguyen Xuan Phuc", "Cho Tae-yul": family name first',
    test: 'east-asian-name',
    minWords: 2,
  },
  {
    id: 'title-before-name',
    example: '"le vice-ministre des Affaires étrangères Alexandre Pankine", "Premier Li Qiang"',
    test: 'title-before',
    minWords: 2,
  },
  {
    id: 'name-comma-title',
    example:
      '"Mahamat Moussa Haroun, ambassadeur du Tchad", "Mikhaïl Michoustine, Premier ministre"',
    test: 'title-after',
    minWords: 2,
  },
  {
    id: 'name-of-country',
    example: '"Hun Manet du Cambodge", "KP Sharma Oli du Népal", "Tokaïev du Kazakhstan"',
    after: compileSteps("du|d'|de|of|from la|l'|the? #Country"),
    notBefore: compileSteps("du|des|la|le|les|the|l'|of"),
    minWords: 2,
  },
  {
    id: 'country-then-bracketed-name',
    example: '"les présidents de la Biélorussie (Alexandre Loukachenko) et du Kazakhstan (...)"',
    before: compileSteps('#Country ('),
    after: compileSteps(')'),
    minWords: 2,
  },
  {
    id: 'name-bracketed-country',
    example: '"… des ambassadeurs : Jean Mbarga (République du Cameroun), Olga Tammsaar (Estonie)"',
    test: 'bracketed-country-item',
    minWords: 2,
  },
  {
    id: 'country-dash-name',
    example: 'a list line "Estonie – Olga Tammsaar" or "Olga Tammsaar – Estonie"',
    test: 'country-dash-line',
    minWords: 2,
  },
  {
    id: 'country-comma-name',
    example: '"les ambassadeurs du Népal, Nirmal Raj Kafle, de l\'Algérie, Ilyas Bouzghaia, …"',
    test: 'country-comma-item',
    minWords: 2,
  },
  {
    id: 'credit-name',
    example: '"Crédit photo : OLEG IVANOV / AFP", "AFP/IVAN PETROV", "By: Anna Petrova"',
    test: 'credit-name',
    minWords: 2,
  },
  {
    id: 'honorific-name',
    example: '"M. Raïssi", "Mme Irina Volkova", "Mr. Zhang"',
    before: compileSteps('m|mr|mme|mrs|ms|monsieur|madame|sheikh|cheikh|prince|princesse .?'),
    minWords: 2,
  },
  {
    id: 'courtesy-title-name',
    example: '"le Dr Wanjiru Kamau", "Pr Mamadou Diouf", "Dato\' Seri Mohamad Hasan"',
    before: compileSteps(`${COURTESY_TITLES.join('|')} .|'?`),
    minWords: 2,
  },
  {
    id: 'excellency-name',
    example: '"S.E. Tesfaye Yilma Sabo", "H.E. Obaid Salem Al Zaabi": His or Her Excellency',
    before: compileSteps('s|h . e .'),
    minWords: 2,
  },
  {
    id: 'attested-surname',
    example: '"a reçu Bakhtiyor Saïdov. … M. Saïdov a dit": the surname has an honorific elsewhere',
    test: 'attested-surname',
    minWords: 2,
  },
  {
    id: 'repeated-speaker',
    example: '"Bakhtiyor Saïdov a déclaré … Saïdov": a speaker whose surname is written again',
    test: 'repeated-speaker',
    minWords: 2,
  },
  {
    id: 'speaker-name',
    example: '"Temir Orynbai a déclaré", "selon Temir Orynbai", "…, said Temir Orynbai"',
    test: 'speaker',
    minWords: 2,
  },
  {
    id: 'agent-name',
    example: '"la réunion, présidée par Temir Orynbai,", "the delegation led by Temir Orynbai"',
    before: compileSteps(`${AGENT_PARTICIPLES.join('|')} par|by`),
    minWords: 2,
  },
  ...PRESENCE_PHRASES.map((phrase) => ({
    id: 'presence-name',
    example: '"en présence de Temir Orynbai", "in the presence of Temir Orynbai"',
    before: compileSteps(phrase),
    minWords: 2,
  })),
  {
    id: 'capitalised-surname',
    example: '"Sergueï LAVROV … Chinedu OKAFOR": the surname in capitals, where the text writes so',
    test: 'capitalised-surname',
    minWords: 2,
  },
  {
    id: 'initials-name',
    example: '"K.P. Sharma Oli", "V.K. Singh": initials open the name',
    test: 'initials-name',
    minWords: 2,
  },
  {
    id: 'kinship-name',
    example:
      '"le président et son épouse Mehriban Alieva", "his wife Peng Liyuan", "son prédécesseur X"',
    before: compileSteps(
      'son|sa|ses|his|her|their epouse|femme|mari|epoux|fils|fille|frere|soeur|sœur|wife|husband|son|daughter|brother|sister|spouse|predecesseur|successeur|predecessor|successor ,?',
    ),
    minWords: 2,
  },
  {
    id: 'meeting-verb-object',
    example:
      '"a rencontré Rachid Meredov", "s’est entretenu avec Ivan Petrov", "met Naledi Pandor"',
    before: compileSteps(
      'a|avait|ont|has|had rencontre|recu|accueilli|rencontres|recus|accueillis|met|received|welcomed',
    ),
    after: compileSteps(',|.|;|et|and|a|au|aux|en|dans|lors|le|pour|on|in|at|to|for|who|qui|(|:'),
    minWords: 2,
  },
  {
    id: 'talks-with-object',
    example: '"s’est entretenu avec Ivan Petrov", "held talks with Naledi Pandor"',
    before: compileSteps('entretenu|entretenue|entretenus|entretiens|talks|met|meeting avec|with'),
    after: compileSteps(',|.|;|et|and|a|au|aux|en|dans|lors|le|pour|on|in|at|to|for|who|qui|(|:'),
    minWords: 2,
  },
  {
    id: 'surname-shape',
    example:
      '"Zhanna Orazbayeva", "Ararat Mirzoyan": a surname of the region, the given name unlisted',
    test: 'surname-shape',
    minWords: 2,
  },
  {
    id: 'list-after-person',
    example: '"Ilham Aliev, Kassym-Tokaïev et Hun Manet": a name listed after a person',
    test: 'list-after-person',
    minWords: 2,
  },
  LIST_BEFORE_PERSON,
];
