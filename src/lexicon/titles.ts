// Titles written before a name ("le vice-Premier ministre Alexandre Novak") and their English roles.
// Longer forms are tried first, so "premier vice-premier ministre" wins over "premier ministre".

import type { TitleEntry } from './types.js';

export const TITLES: readonly TitleEntry[] = [
  {
    forms: [
      'président',
      'présidente',
      'president',
      'chef de l’état',
      "chef de l'état",
      'head of state',
    ],
    role: 'President',
    subtype: 'head_of_state',
    takesCountry: true,
    principal: true,
  },
  {
    forms: ['homologue', 'counterpart'],
    role: 'President',
    subtype: 'head_of_state',
    takesCountry: true,
    principal: true,
  },
  {
    forms: ['premier vice-premier ministre', 'first deputy prime minister'],
    role: 'First Deputy Prime Minister',
    subtype: 'minister',
  },
  {
    forms: [
      'vice-premier ministre',
      'vice-première ministre',
      'vice premier ministre',
      'deputy prime minister',
    ],
    role: 'Deputy Prime Minister',
    subtype: 'minister',
  },
  {
    forms: ['premier ministre', 'première ministre', 'prime minister', 'chef du gouvernement'],
    role: 'Prime Minister',
    subtype: 'head_of_state',
    takesCountry: true,
    principal: true,
  },
  { forms: ['ministre', 'minister'], role: 'Minister', subtype: 'minister' },
  {
    forms: [
      'ambassadeur extraordinaire et plénipotentiaire',
      'ambassador extraordinary and plenipotentiary',
    ],
    role: 'Ambassador Extraordinary and Plenipotentiary',
    subtype: 'ambassador',
    takesCountry: true,
    represents: true,
  },
  {
    forms: ['ambassadeur', 'ambassadrice', 'ambassador'],
    role: 'Ambassador',
    subtype: 'ambassador',
    takesCountry: true,
    represents: true,
  },
  {
    forms: [
      'chef d’état-major adjoint du bureau exécutif présidentiel',
      "chef d'état-major adjoint du bureau exécutif présidentiel",
      'chef de cabinet adjoint du bureau exécutif présidentiel',
      'deputy chief of staff of the presidential executive office',
    ],
    role: 'Deputy Chief of Staff of the Presidential Executive Office',
    subtype: 'official',
  },
  {
    forms: [
      'chef de l’administration présidentielle',
      "chef de l'administration présidentielle",
      'chief of staff',
    ],
    role: 'Chief of Staff of the Presidential Administration',
    subtype: 'official',
  },
  {
    forms: [
      'secrétaire de presse du président',
      'porte-parole du président',
      'presidential press secretary',
    ],
    role: 'Presidential Press Secretary',
    subtype: 'press_secretary',
  },
  {
    forms: ['secrétaire de presse', 'attachée de presse', 'attaché de presse', 'press secretary'],
    role: 'Press Secretary',
    subtype: 'press_secretary',
  },
  {
    forms: ['porte-parole', 'spokesperson', 'spokesman', 'spokeswoman'],
    role: 'Spokesperson',
    subtype: 'official',
  },
  {
    forms: [
      'assistant présidentiel',
      'assistante présidentielle',
      'conseiller présidentiel',
      'presidential aide',
    ],
    role: 'Presidential Aide',
    subtype: 'official',
  },
  {
    forms: ['secrétaire du conseil de sécurité', 'secretary of the security council'],
    role: 'Secretary of the Security Council',
    subtype: 'official',
  },
  {
    forms: ['secrétaire général', 'secrétaire générale', 'secretary-general', 'secretary general'],
    role: 'Secretary-General',
    subtype: 'official',
  },
  {
    forms: ['chef d’état-major', "chef d'état-major", 'chief of the general staff'],
    role: 'Chief of the General Staff',
    subtype: 'official',
  },
  { forms: ['gouverneur', 'gouverneure', 'governor'], role: 'Governor', subtype: 'official' },
  { forms: ['maire', 'mayor'], role: 'Mayor', subtype: 'official' },
  { forms: ['patriarche', 'patriarch'], role: 'Patriarch', subtype: 'religious_leader' },
  { forms: ['métropolite', 'metropolitan'], role: 'Metropolitan', subtype: 'religious_leader' },
  {
    forms: ['architectes', 'architecte', 'architects', 'architect'],
    role: 'Architect',
    subtype: 'architect',
  },
  {
    forms: [
      'journaliste',
      'journalistes',
      'journalist',
      'correspondant',
      'correspondante',
      'correspondent',
    ],
    role: 'journalist',
    subtype: 'journalist',
  },
  { forms: ['photographe', 'photographer'], role: 'photographer', subtype: 'photographer' },
];

/** Ministerial portfolios: "ministre des Affaires étrangères" -> "Minister of Foreign Affairs". */
export const PORTFOLIOS: Readonly<Record<string, string>> = {
  'affaires étrangères': 'Foreign Affairs',
  défense: 'Defence',
  finances: 'Finance',
  énergie: 'Energy',
  energie: 'Energy',
  économie: 'Economy',
  'développement économique': 'Economic Development',
  intérieur: 'Internal Affairs',
  justice: 'Justice',
  agriculture: 'Agriculture',
  'agriculture et de l’alimentation': 'Agriculture and Food',
  'industrie et du commerce': 'Industry and Trade',
  industrie: 'Industry',
  commerce: 'Trade',
  transports: 'Transport',
  santé: 'Health',
  éducation: 'Education',
  culture: 'Culture',
  sports: 'Sport',
  'situations d’urgence': 'Emergency Situations',
  'ressources naturelles': 'Natural Resources',
  'travail et de la protection sociale': 'Labour and Social Protection',
  'foreign affairs': 'Foreign Affairs',
  defence: 'Defence',
  defense: 'Defence',
  finance: 'Finance',
  energy: 'Energy',
};
