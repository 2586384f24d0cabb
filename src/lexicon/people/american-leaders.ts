// Presidents and foreign ministers of the Americas: the United States ("Secretary of State
// Marco Rubio", "le secrétaire d'État américain"), Brazil, Venezuela and Cuba, with their terms.
// Bare surnames only where they name one person ("Blinken", never "Vieira").

import { people } from './person-rows.js';

export const AMERICAN_LEADERS = people([
  [
    'donald-trump',
    'Donald Trump',
    'head_of_state',
    'united-states',
    ['Trump'],
    [
      ['President of the United States', 'united-states', '2025-01-20'],
      ['President of the United States', 'united-states', '2017-01-20', '2021-01-20'],
    ],
  ],
  [
    'antony-blinken',
    'Antony Blinken',
    'minister',
    'united-states',
    ['Anthony Blinken', 'Blinken'],
    [['Secretary of State', 'united-states', '2021-01-26', '2025-01-20']],
  ],
  [
    'marco-rubio',
    'Marco Rubio',
    'minister',
    'united-states',
    ['Rubio'],
    [['Secretary of State', 'united-states', '2025-01-21']],
  ],
  [
    'mike-pompeo',
    'Mike Pompeo',
    'minister',
    'united-states',
    ['Pompeo'],
    [['Secretary of State', 'united-states', '2018-04-26', '2021-01-20']],
  ],
  [
    'steve-witkoff',
    'Steve Witkoff',
    'official',
    'united-states',
    ['Steven Witkoff', 'Witkoff'],
    [['Special Envoy', 'united-states', '2025-01-20']],
  ],
  [
    'luiz-inacio-lula-da-silva',
    'Luiz Inácio Lula da Silva',
    'head_of_state',
    'brazil',
    ['Luiz Inacio Lula da Silva', 'Lula da Silva', 'Lula'],
    [['President of Brazil', 'brazil', '2023-01-01']],
  ],
  [
    'jair-bolsonaro',
    'Jair Bolsonaro',
    'head_of_state',
    'brazil',
    ['Bolsonaro'],
    [['President of Brazil', 'brazil', '2019-01-01', '2022-12-31']],
  ],
  [
    'mauro-vieira',
    'Mauro Vieira',
    'minister',
    'brazil',
    [],
    [['Minister of Foreign Affairs', 'brazil', '2023-01-01']],
  ],
  [
    'nicolas-maduro',
    'Nicolás Maduro',
    'head_of_state',
    'venezuela',
    ['Nicolas Maduro', 'Maduro'],
    [['President of Venezuela', 'venezuela', '2013-04-19']],
  ],
  [
    'miguel-diaz-canel',
    'Miguel Díaz-Canel',
    'head_of_state',
    'cuba',
    ['Miguel Diaz-Canel', 'Díaz-Canel', 'Diaz-Canel'],
    [['President of Cuba', 'cuba', '2019-10-10']],
  ],
]);
