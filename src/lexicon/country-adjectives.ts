// Nationality adjectives (FR/EN, every gender and number) and the prefixes of compounds
// such as "russo-biélorusses" or "sino-russe": the rows below, merged with the package's
// adjectives of every country (world-countries.ts); a form listed here wins over the package.

import { WORLD_DEMONYMS } from './world-countries.js';

const LISTED_ADJECTIVES: Readonly<Record<string, readonly string[]>> = {
  russia: ['russe', 'russes', 'russian', 'russians'],
  belarus: [
    'biélorusse',
    'biélorusses',
    'bélarussien',
    'bélarussienne',
    'bélarussiens',
    'bélarussiennes',
    'belarusian',
    'belarusians',
    'belarussian',
    'bélarusse',
    'bélarusses',
  ],
  ukraine: ['ukrainien', 'ukrainienne', 'ukrainiens', 'ukrainiennes', 'ukrainian', 'ukrainians'],
  china: ['chinois', 'chinoise', 'chinoises', 'chinese'],
  kazakhstan: [
    'kazakh',
    'kazakhe',
    'kazakhs',
    'kazakhes',
    'kazakhstanais',
    'kazakhstanaise',
    'kazakhstani',
  ],
  uzbekistan: [
    'ouzbek',
    'ouzbèke',
    'ouzbeks',
    'ouzbèkes',
    'ouzbèque',
    'ouzbèques',
    'uzbek',
    'uzbeks',
  ],
  kyrgyzstan: ['kirghize', 'kirghizes', 'kirghiz', 'kyrgyz', 'kirghizstanais', 'kirghizstanaise'],
  tajikistan: ['tadjik', 'tadjike', 'tadjiks', 'tadjikes', 'tajik', 'tajiks'],
  turkmenistan: ['turkmène', 'turkmènes', 'turkmen', 'turkmens'],
  'united-arab-emirates': ['émirati', 'émiratie', 'émiratis', 'émiraties', 'emirati', 'emiratis'],
  'equatorial-guinea': [
    'équatoguinéen',
    'équatoguinéenne',
    'équatoguinéens',
    'équato-guinéen',
    'équato-guinéenne',
  ],
  kenya: ['kényan', 'kényane', 'kényans', 'kenyan', 'kenyans'],
  'soviet-union': ['soviétique', 'soviétiques', 'soviet'],
  'south-africa': [
    'sud-africain',
    'sud-africaine',
    'sud-africains',
    'sud-africaines',
    'south african',
  ],
  'south-korea': ['sud-coréen', 'sud-coréenne', 'sud-coréens', 'south korean'],
  armenia: ['arménien', 'arménienne', 'arméniens', 'arméniennes', 'armenian'],
  azerbaijan: ['azerbaïdjanais', 'azerbaïdjanaise', 'azerbaijani', 'azéri', 'azérie', 'azéris'],
  georgia: ['géorgien', 'géorgienne', 'géorgiens', 'géorgiennes', 'georgian'],
  moldova: ['moldave', 'moldaves', 'moldovan'],
  iran: ['iranien', 'iranienne', 'iraniens', 'iraniennes', 'iranian'],
  india: ['indien', 'indienne', 'indiens', 'indiennes', 'indian'],
  turkey: ['turc', 'turque', 'turcs', 'turques', 'turkish'],
  'united-states': [
    'américain',
    'américaine',
    'américains',
    'américaines',
    'american',
    'americans',
  ],
  germany: ['allemand', 'allemande', 'allemands', 'allemandes', 'german', 'germans'],
  france: ['français', 'française', 'françaises', 'french'],
  'united-kingdom': ['britannique', 'britanniques', 'british'],
  poland: ['polonais', 'polonaise', 'polonaises', 'polish'],
  lithuania: ['lituanien', 'lituanienne', 'lituaniens', 'lithuanian'],
  slovakia: ['slovaque', 'slovaques', 'slovak'],
  hungary: ['hongrois', 'hongroise', 'hungarian'],
  serbia: ['serbe', 'serbes', 'serbian'],
  japan: ['japonais', 'japonaise', 'japanese'],
  'north-korea': ['nord-coréen', 'nord-coréenne', 'nord-coréens', 'nord-coréennes', 'north korean'],
  israel: ['israélien', 'israélienne', 'israéliens', 'israeli'],
  syria: ['syrien', 'syrienne', 'syriens', 'syrian'],
  'saudi-arabia': ['saoudien', 'saoudienne', 'saoudiens', 'saudi'],
  mongolia: ['mongol', 'mongole', 'mongols', 'mongolian'],
  vietnam: ['vietnamien', 'vietnamienne', 'vietnamiens', 'vietnamese'],
  pakistan: ['pakistanais', 'pakistanaise', 'pakistani'],
};

/** Listed forms, then the package's forms that no listed country claims. */
export const COUNTRY_ADJECTIVES: Readonly<Record<string, readonly string[]>> = (() => {
  const listed = new Set(
    Object.values(LISTED_ADJECTIVES).flatMap((forms) => forms.map((f) => f.toLowerCase())),
  );
  const merged: Record<string, readonly string[]> = { ...LISTED_ADJECTIVES };
  for (const [country, forms] of Object.entries(WORLD_DEMONYMS)) {
    const extra = forms.filter((f) => !listed.has(f.toLowerCase()));
    merged[country] = [...(LISTED_ADJECTIVES[country] ?? []), ...extra];
  }
  return merged;
})();

/** First halves of compound adjectives: "russo-" in "russo-biélorusses". */
export const COUNTRY_PREFIXES: Readonly<Record<string, string>> = {
  russo: 'russia',
  biélorusso: 'belarus',
  bélarusso: 'belarus',
  sino: 'china',
  ukraino: 'ukraine',
  américano: 'united-states',
  germano: 'germany',
  franco: 'france',
  anglo: 'united-kingdom',
  turco: 'turkey',
  irano: 'iran',
  indo: 'india',
  arméno: 'armenia',
  kazakho: 'kazakhstan',
  polono: 'poland',
  nippo: 'japan',
  mongolo: 'mongolia',
  ouzbéko: 'uzbekistan',
  kirghizo: 'kyrgyzstan',
  tadjiko: 'tajikistan',
  azerbaïdjano: 'azerbaijan',
  géorgiano: 'georgia',
  italo: 'italy',
  hispano: 'spain',
  hungaro: 'hungary',
  serbo: 'serbia',
  greco: 'greece',
  égypto: 'egypt',
  israélo: 'israel',
  syro: 'syria',
  irako: 'iraq',
  pakistano: 'pakistan',
  afghano: 'afghanistan',
  vietnamo: 'vietnam',
  saoudo: 'saudi-arabia',
};
