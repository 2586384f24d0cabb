// The linearity benchmark's document: one French news paragraph (names, titles, dates, places,
// events) repeated to a size in bytes, as paragraphs or as one single line.

import { Buffer } from 'node:buffer';

export const PARAGRAPH =
  'Le 14 mars 2024, à Minsk, le président biélorusse Alexandre Loukachenko a reçu Sergueï Lavrov, ' +
  'ministre russe des Affaires étrangères, en marge du Forum des régions de Biélorussie et de Russie. ' +
  "Selon le porte-parole Dmitri Peskov, les deux hommes ont évoqué l'Union économique eurasiatique, " +
  "le sommet de l'Organisation de coopération de Shanghai prévu à Astana le 3 juillet et la visite " +
  'de Wang Yi, chef de la diplomatie chinoise, attendu à Moscou la semaine suivante. ' +
  'Kassym-Jomart Tokaïev, président du Kazakhstan, a pour sa part rencontré Mikhaïl Michoustine, ' +
  'Premier ministre de la Fédération de Russie, lors de la réunion du Conseil intergouvernemental ' +
  'eurasiatique à Almaty, le 2 février 2024. « Nous avons signé un accord sur le transit », ' +
  'a déclaré Alexeï Overtchouk, vice-Premier ministre.';

/** The paragraph repeated to about `bytes` UTF-8 bytes, separated by blank lines or by a space. */
export function repeatedDocument(bytes, { singleLine = false } = {}) {
  const unit = Buffer.byteLength(PARAGRAPH) + (singleLine ? 1 : 2);
  const copies = Math.max(1, Math.round(bytes / unit));
  return Array.from({ length: copies }, () => PARAGRAPH).join(singleLine ? ' ' : '\n\n');
}
