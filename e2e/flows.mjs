// A newcomer's path through palabre, shared by the end-to-end test (which checks each
// step) and `scripts/screenshot` (which keeps the pictures the README shows).
import { fileURLToPath } from 'node:url';

export const repo = fileURLToPath(new URL('..', import.meta.url));
export const seed = (name) => `${repo}tests/fixtures/${name}`;

/// Opens the app, the example, then seed 000, searches, highlights the post author,
/// selects the second wave of comments on the timeline and makes a link to share. `shot(name)` is called at each
/// picture-worthy step; `check(name, page)` lets a test assert there.
export async function newcomerPath(page, url, { shot = async () => {}, check = async () => {} } = {}) {
  await page.goto(url);
  await page.locator('[data-dropzone]').waitFor();
  await check('start', page);
  await shot('start');

  await page.locator('[data-open-example]').click();
  await page.locator('[data-entry]').first().waitFor();
  await check('example', page);

  await page.locator('[data-file-input]').setInputFiles(seed('000_0a401290472b4421.txt'));
  await page.locator('[data-entry]').nth(132).waitFor();
  await page.mouse.move(0, 0);
  await check('dropped', page);
  await shot('screenshot');

  await page.locator('[data-search]').fill('naivete');
  await page.locator('[data-search]').press('Enter');
  await page.locator('[data-current-hit]').waitFor();
  await check('searched', page);

  await page.locator('[data-search]').fill('');
  await page.locator('[data-entry="4"] [data-author]').click();
  await page.locator('[data-highlight-bar]').waitFor();
  await page.locator('[data-entry="8"]').evaluate((e) => e.scrollIntoView({ block: 'start' }));
  await page.evaluate(() => window.scrollBy(0, -130));
  await page.mouse.move(0, 0);
  await check('highlighted', page);
  await shot('threads');

  await page.keyboard.press('Escape');
  await page.locator('[data-bar]').filter({ hasText: 'Oct 21, 2010' }).first().click();
  await page.locator('[data-range-bar]').waitFor();
  await check('range', page);

  await page.locator('[data-share]').click();
  await page.locator('[data-data-link]').waitFor();
  await check('shared', page);
  await shot('share');
  await page.locator('[data-share-close]').click();
}
