// Continents, world regions, seas and regions within countries, French and English, with the
// adjectives that name a continent ("les pays africains" -> Africa) kept apart from countries'.

import type { LexiconEntry } from './types.js';

/** [English name, ...other forms], the country it lies in when it lies in one. */
type RegionRow = readonly [name: string, aliases: readonly string[], country?: string];

const WORLD_REGIONS: readonly RegionRow[] = [
  ['Africa', ['Afrique', 'African continent', 'continent africain']],
  ['Asia', ['Asie', 'continent asiatique']],
  ['Europe', ['Europe', 'continent européen']],
  ['Eurasia', ['Eurasie', 'continent eurasien']],
  ['Latin America', ['Amérique latine']],
  ['North America', ['Amérique du Nord']],
  ['South America', ['Amérique du Sud']],
  ['Oceania', ['Océanie']],
  ['Central Asia', ['Asie centrale', 'Asie Centrale']],
  ['South Asia', ['Asie du Sud']],
  ['Southeast Asia', ['Asie du Sud-Est', 'South-East Asia', 'South East Asia']],
  ['East Asia', ['Asie de l’Est', "Asie de l'Est", 'Asie orientale']],
  ['Asia-Pacific', ['Asie-Pacifique', 'Asia Pacific', 'région Asie-Pacifique']],
  ['Middle East', ['Moyen-Orient', 'Proche-Orient', 'Near East']],
  ['Eastern Europe', ['Europe de l’Est', "Europe de l'Est", 'Europe orientale']],
  ['Western Europe', ['Europe de l’Ouest', "Europe de l'Ouest", 'Europe occidentale']],
  ['Central Europe', ['Europe centrale']],
  ['Balkans', ['Balkans']],
  ['Baltic States', ['pays baltes', 'États baltes']],
  ['North Africa', ['Afrique du Nord']],
  ['West Africa', ['Afrique de l’Ouest', "Afrique de l'Ouest"]],
  ['Central Africa', ['Afrique centrale']],
  ['East Africa', ['Afrique de l’Est', "Afrique de l'Est"]],
  ['Southern Africa', ['Afrique australe']],
  ['Sub-Saharan Africa', ['Afrique subsaharienne']],
  ['Sahel', ['Sahel']],
  ['Maghreb', ['Maghreb']],
  ['Persian Gulf', ['golfe Persique', 'Golfe persique', 'Gulf region']],
  ['South Caucasus', ['Caucase du Sud', 'Transcaucasie']],
  ['North Caucasus', ['Caucase du Nord']],
  ['Arctic', ['Arctique']],
  ['Caspian Sea', ['mer Caspienne', 'région caspienne']],
  ['Black Sea', ['mer Noire']],
  ['Baltic Sea', ['mer Baltique']],
  ['Mediterranean Sea', ['Méditerranée', 'mer Méditerranée']],
  ['Red Sea', ['mer Rouge']],
  ['Sea of Azov', ['mer d’Azov', "mer d'Azov"]],
  ['Indian Ocean', ['océan Indien']],
  ['Pacific Ocean', ['océan Pacifique']],
  ['Atlantic Ocean', ['océan Atlantique']],
  ['Great Silk Road', ['Grande Route de la Soie', 'Route de la Soie', 'Silk Road']],
];

const COUNTRY_REGIONS: readonly RegionRow[] = [
  ['Siberia', ['Sibérie'], 'russia'],
  ['Russian Far East', ['Extrême-Orient russe', 'Extrême-Orient', 'Far East'], 'russia'],
  ['Urals', ['Oural'], 'russia'],
  ['Tatarstan', ['Tatarstan'], 'russia'],
  ['Bashkortostan', ['Bachkirie', 'Bachkortostan'], 'russia'],
  ['Chechnya', ['Tchétchénie'], 'russia'],
  ['Dagestan', ['Daghestan'], 'russia'],
  ['Yakutia', ['Iakoutie'], 'russia'],
  ['Buryatia', ['Bouriatie'], 'russia'],
  ['Kamchatka', ['Kamtchatka'], 'russia'],
  ['Sakhalin', ['Sakhaline'], 'russia'],
  ['Primorsky Krai', ['Primorié', 'kraï du Primorié'], 'russia'],
  ['Amur Region', ['région de l’Amour', "région de l'Amour", 'Amur Oblast'], 'russia'],
  ['Moscow Region', ['région de Moscou', 'Moscow Oblast'], 'russia'],
  ['Kursk Region', ['région de Koursk', 'Kursk Oblast'], 'russia'],
  ['Belgorod Region', ['région de Belgorod', 'Belgorod Oblast'], 'russia'],
  ['Vologda Oblast', ['région de Vologda', 'Vologda Region'], 'russia'],
  ['Leningrad Region', ['région de Léningrad', 'Leningrad Oblast'], 'russia'],
  ['Nagorno-Karabakh', ['Haut-Karabagh', 'Haut-Karabakh', 'Karabakh', 'Karabagh'], 'azerbaijan'],
  ['Abkhazia', ['Abkhazie', 'République d’Abkhazie', 'Republic of Abkhazia']],
  ['South Ossetia', ['Ossétie du Sud', 'Republic of South Ossetia', 'South Osetia']],
  ['Transnistria', ['Transnistrie']],
  ['Republika Srpska', ['République serbe de Bosnie'], 'bosnia-and-herzegovina'],
  ['Xinjiang', ['Xinjiang', 'Sin-kiang'], 'china'],
  ['Tibet', ['Tibet', 'Xizang'], 'china'],
  ['Hainan', ['Hainan'], 'china'],
  // Chinese provinces, as Xinhua and the People's Daily write them ("la province du Shaanxi",
  // "Northwest China's Shaanxi Province")
  ['Shaanxi', ['Shaanxi', 'province du Shaanxi', 'Shaanxi Province', 'Shaanxi province'], 'china'],
  ['Sichuan', ['Sichuan', 'province du Sichuan', 'Sichuan Province', 'Sichuan province'], 'china'],
  [
    'Shandong',
    ['Shandong', 'province du Shandong', 'Shandong Province', 'Shandong province'],
    'china',
  ],
  [
    'Guangdong',
    ['Guangdong', 'province du Guangdong', 'Guangdong Province', 'Guangdong province'],
    'china',
  ],
  ['Yunnan', ['Yunnan', 'province du Yunnan', 'Yunnan Province', 'Yunnan province'], 'china'],
  ['Fujian', ['Fujian', 'province du Fujian', 'Fujian Province', 'Fujian province'], 'china'],
  [
    'Zhejiang',
    ['Zhejiang', 'province du Zhejiang', 'Zhejiang Province', 'Zhejiang province'],
    'china',
  ],
  ['Jiangsu', ['Jiangsu', 'province du Jiangsu', 'Jiangsu Province', 'Jiangsu province'], 'china'],
  ['Gansu', ['Gansu', 'province du Gansu', 'Gansu Province', 'Gansu province'], 'china'],
  [
    'Heilongjiang',
    ['Heilongjiang', 'province du Heilongjiang', 'Heilongjiang Province', 'Heilongjiang province'],
    'china',
  ],
  ['Jilin', ['Jilin', 'province du Jilin', 'Jilin Province', 'Jilin province'], 'china'],
  [
    'Liaoning',
    ['Liaoning', 'province du Liaoning', 'Liaoning Province', 'Liaoning province'],
    'china',
  ],
  ['Hubei', ['Hubei', 'province du Hubei', 'Hubei Province', 'Hubei province'], 'china'],
  ['Hunan', ['Hunan', 'province du Hunan', 'Hunan Province', 'Hunan province'], 'china'],
  ['Henan', ['Henan', 'province du Henan', 'Henan Province', 'Henan province'], 'china'],
  ['Hebei', ['Hebei', 'province du Hebei', 'Hebei Province', 'Hebei province'], 'china'],
  ['Shanxi', ['Shanxi', 'province du Shanxi', 'Shanxi Province', 'Shanxi province'], 'china'],
  ['Anhui', ['Anhui', 'province du Anhui', 'Anhui Province', 'Anhui province'], 'china'],
  ['Jiangxi', ['Jiangxi', 'province du Jiangxi', 'Jiangxi Province', 'Jiangxi province'], 'china'],
  ['Guizhou', ['Guizhou', 'province du Guizhou', 'Guizhou Province', 'Guizhou province'], 'china'],
  ['Qinghai', ['Qinghai', 'province du Qinghai', 'Qinghai Province', 'Qinghai province'], 'china'],
  [
    'Guangxi',
    ['Guangxi', 'région autonome Zhuang du Guangxi', 'Guangxi Zhuang Autonomous Region'],
    'china',
  ],
  [
    'Ningxia',
    ['Ningxia', 'région autonome Hui du Ningxia', 'Ningxia Hui Autonomous Region'],
    'china',
  ],
  [
    'Mary Province',
    ['province de Mary', 'Mary province', 'Mary Province', 'velayat de Mary', 'Mary velayat'],
    'turkmenistan',
  ],
  ['Inner Mongolia', ['Mongolie-Intérieure', 'Mongolie intérieure'], 'china'],
  ['Issyk-Kul', ['Issyk-Koul', 'Issyk Koul', 'Issyk-Kul', 'Issyk Kul'], 'kyrgyzstan'],
  ['Fergana Valley', ['vallée de Ferghana', 'vallée de Fergana'], 'uzbekistan'],
  ['Kashmir', ['Cachemire'], 'india'],
  ['Gaza Strip', ['bande de Gaza'], 'palestine'],
  ['West Bank', ['Cisjordanie'], 'palestine'],
  ['Golan Heights', ['plateau du Golan', 'Golan'], 'syria'],
  ['Idlib', ['Idlib'], 'syria'],
  ['Kurdistan', ['Kurdistan']],
  ['Avaza', ['Avaza', 'zone touristique nationale d’Avaza', 'zone d’Avaza'], 'turkmenistan'],
];

function entriesOf(rows: readonly RegionRow[]): LexiconEntry[] {
  return rows.map(([name, aliases, country]) => ({
    id: name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, ''),
    type: 'Place',
    name,
    subtype: 'region',
    aliases,
    ...(country ? { country } : {}),
  }));
}

export const REGIONS: readonly LexiconEntry[] = [
  ...entriesOf(WORLD_REGIONS),
  ...entriesOf(COUNTRY_REGIONS),
];

/** Adjectives of continents and world regions: a Place mention, never a country's side. */
export const REGION_ADJECTIVES: Readonly<Record<string, readonly string[]>> = {
  africa: ['africain', 'africaine', 'africains', 'africaines', 'African'],
  asia: ['asiatique', 'asiatiques', 'Asian'],
  'central-asia': ['centrasiatique', 'centrasiatiques', 'Central Asian'],
};
