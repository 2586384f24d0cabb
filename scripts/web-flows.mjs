// What an analyst does on the two pages, as the browser tests check it and `npm run screenshots`
// pictures it: run the IDE's example, search and select an entity in the explorer.

/* global document -- the callbacks of page.evaluate run in the page */

/** Opens /graphiql, runs the preloaded query, returns the JSON of the result pane. */
export async function runGraphiqlExample(page, origin) {
  await page.goto(`${origin}/graphiql`);
  await page.locator('.graphiql-execute-button').click();
  const pane = '.result-window .CodeMirror';
  await page.waitForFunction(
    (selector) => document.querySelector(selector)?.CodeMirror?.getValue().includes('"data"'),
    pane,
  );
  // CodeMirror draws only the lines in view: its editor object holds the whole text
  return page.evaluate((selector) => document.querySelector(selector).CodeMirror.getValue(), pane);
}

/** Opens /explore, types `text` in the search box, selects the first result and returns the
 * result's label and the first evidence quote of the side panel. */
export async function selectInExplorer(page, origin, text) {
  await page.goto(`${origin}/explore`);
  await page.locator('#status').filter({ hasText: 'entities' }).waitFor();
  await page.locator('#search').fill(text);
  const first = page.locator('#results button').first();
  await first.waitFor();
  const result = await first.innerText();
  await first.click();
  const quote = page.locator('#panel blockquote').first();
  await quote.waitFor();
  return {
    result,
    name: await page.locator('#panel h2.name').innerText(),
    quote: await quote.evaluate((node) => node.firstChild?.textContent ?? ''),
  };
}
