// Big state companies and funds of Russia, China, Central Asia and the Caucasus that diplomatic
// news names beside their heads ("le PDG de Gazprom", "Rosatom Director General").
// All-caps aliases match all-caps text only ("RZD", "CNPC").

import { organisations } from './organisation-rows.js';

export const COMPANIES = organisations([
  ['gazprom', 'Gazprom', 'company', ['Gazprom', 'Gazprom PJSC']],
  [
    'rosatom',
    'Rosatom',
    'company',
    ['Rosatom', 'Rosatom State Corporation', 'corporation d’État Rosatom'],
  ],
  ['rosneft', 'Rosneft', 'company', ['Rosneft', 'Rosneft Oil Company']],
  ['sberbank', 'Sberbank', 'company', ['Sberbank', 'Sber']],
  ['vtb', 'VTB Bank', 'company', ['VTB', 'VTB Bank', 'banque VTB']],
  ['veb-rf', 'VEB.RF', 'company', ['VEB.RF', 'Vnesheconombank']],
  ['rostec', 'Rostec', 'company', ['Rostec', 'Rostekh', 'Rostech']],
  ['roscosmos', 'Roscosmos', 'company', ['Roscosmos', 'Roskosmos']],
  [
    'russian-railways',
    'Russian Railways',
    'company',
    ['Russian Railways', 'Chemins de fer russes', 'RZD'],
  ],
  ['novatek', 'Novatek', 'company', ['Novatek', 'NOVATEK']],
  ['lukoil', 'Lukoil', 'company', ['Lukoil', 'LUKOIL', 'Loukoïl']],
  ['transneft', 'Transneft', 'company', ['Transneft']],
  ['rosoboronexport', 'Rosoboronexport', 'company', ['Rosoboronexport', 'Rosoboronexport']],
  [
    'russian-direct-investment-fund',
    'Russian Direct Investment Fund',
    'company',
    [
      'Russian Direct Investment Fund',
      'Fonds russe d’investissements directs',
      'Fonds russe d’investissement direct',
      "Fonds russe d'investissements directs",
      'RDIF',
      'RFPI',
    ],
  ],
  [
    'cnpc',
    'China National Petroleum Corporation',
    'company',
    ['China National Petroleum Corporation', 'CNPC'],
  ],
  ['sinopec', 'Sinopec', 'company', ['Sinopec']],
  ['kazmunaygas', 'KazMunayGas', 'company', ['KazMunayGas', 'KazMunaiGas', 'KazMunaïGaz']],
  ['samruk-kazyna', 'Samruk-Kazyna', 'company', ['Samruk-Kazyna', 'Samrouk-Kazyna']],
  ['socar', 'SOCAR', 'company', ['SOCAR', 'State Oil Company of Azerbaijan Republic']],
  ['uzbekneftegaz', 'Uzbekneftegaz', 'company', ['Uzbekneftegaz', 'Ouzbekneftegaz']],
  ['turkmengaz', 'Türkmengaz', 'company', ['Türkmengaz', 'Turkmengaz']],
]);
