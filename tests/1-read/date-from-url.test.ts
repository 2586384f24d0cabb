import { dateFromUrl } from '../../src/1-read/date-from-url.js';
import { readMetadata } from '../../src/1-read/read-metadata.js';

it.each([
  ['https://exemple.org/2024/09/04/une-journee-en-mongolie', '2024-09-04'],
  ['https://exemple.org/actualites/2022/07/sommet-de-la-caspienne', '2022-07'],
  ['https://agence.example/20230321/premieres-images-1058268257.html', '2023-03-21'],
  ['https://site.example/documents/SCO/20231026.D1E.html', '2023-10-26'],
  ['https://blog.example/la-russie/2025/01/17/18/43', '2025-01-17'],
  ['https://www.example.am/fr/item/2023/06/07/Visite/', '2023-06-07'],
  ['https://news.example/posts/les-presidents-se-sont-entretenus-07-10-2020', '2020-10-07'],
  ['https://news.example/2024-09-04-une-journee-en-mongolie', '2024-09-04'],
  ['http://www.portal.example/world/2023-05/19/content_85432.htm', '2023-05-19'],
  ['http://fr.paper.example/n3/2024/0214/c31356-20134.html', '2024-02-14'],
  ['https://www.ministry.example/fra/wjdt/202405/t20240516_11305811.shtml', '2024-05-16'],
  ['https://www.daily.example/page/202407/1315623.shtml', '2024-07'],
])('reads the date of %s', (url, expected) => {
  expect(dateFromUrl(url)).toBe(expected);
});

it.each([
  ['https://exemple.org/fr/article/1083340'],
  ['https://exemple.org/?p=186637'],
  // an article number is no date: 8 digits with an impossible month
  ['https://exemple.org/news/20231399/x'],
  ['https://exemple.org/2023/13/x'],
  ['https://exemple.org/page/202413/1315623.shtml'],
  ['https://exemple.org/n3/2024/1341/c3.html'],
  ['https://news.example/posts/rencontre-31-02-2020'],
  ['https://news.example/posts/rencontre-07-10-2020-suite'],
  ['https://exemple.org/page?date=2024/09/04/'],
])('finds no date in %s', (url) => {
  expect(dateFromUrl(url)).toBeUndefined();
});

it('dates a document by its Source address when the text gives no full date', () => {
  const text = 'Source: https://exemple.org/2022/07/sommet\n\nLe sommet s’est tenu le 29 juin.';
  expect(readMetadata(text).publishedAt).toBe('2022-07');
});

it('prefers a full date at the top of the text to the address', () => {
  const text = 'Source: https://exemple.org/2022/07/sommet\n\n19:07 / 2022-06-29\n\nLe sommet.';
  expect(readMetadata(text).publishedAt).toBe('2022-06-29');
});
