// A phone's screen (360 px wide): the timeline and the authors are tabs beside the
// entries. What a tab's controls do must show where the reader is: the range and
// highlight bars on every tab, and a jump to an entry brings the entries tab back.
// Run after `trunk build --release` (scripts/test does both).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { servedApp } from './serve.mjs';
import { repo, seed } from './flows.mjs';

const app = servedApp(`${repo}dist`);

const inView = (locator) => locator.evaluate((e) => {
  const r = e.getBoundingClientRect();
  return r.height > 0 && r.bottom > 0 && r.top < innerHeight;
});

test('on a 360 px screen, tabs show what their controls did, and jumps open the entries', async () => {
  const context = await app.browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(app.server.url);
  await page.locator('[data-file-input]').setInputFiles(seed('000_0a401290472b4421.txt'));
  await page.locator('[data-entry]').nth(132).waitFor();
  const tab = (name) => page.locator(`[data-tab-button="${name}"]`);
  const entries = page.locator('[data-panel="entries"]');

  // The timeline tab: a tapped bar's range shows its count and Clear right there.
  await tab('timeline').click();
  assert.equal(await entries.isVisible(), false);
  await page.locator('[data-bar][aria-label*=": 24 entries"]').tap();
  const range = page.locator('[data-range-bar]');
  await range.waitFor();
  assert.ok(await inView(range), 'the range bar is on screen on the timeline tab');
  assert.match(await range.textContent(), /24 entries/);
  await page.locator('[data-clear-range]').tap();
  await range.waitFor({ state: 'detached' });
  assert.equal(await tab('timeline').getAttribute('aria-selected'), 'true', 'still the timeline');

  // `j` from the timeline tab selects an entry, on the entries tab.
  await page.keyboard.press('j');
  await page.locator('[data-tab-button="entries"][aria-selected="true"]').waitFor();
  assert.ok(await inView(page.locator('[data-node][aria-selected="true"]')));

  // The authors tab: a highlight's bar shows there, and Next opens the entries.
  await tab('authors').click();
  await page.locator('[data-authors-panel] summary').click();
  await page.locator('[data-authors-panel] [data-author-row] button.author').first().click();
  const bar = page.locator('[data-highlight-bar]');
  await bar.waitFor();
  assert.ok(await inView(bar), 'the highlight bar is on screen on the authors tab');
  await page.locator('[data-next]').click();
  await page.locator('[data-tab-button="entries"][aria-selected="true"]').waitFor();
  await page.locator('.entry.flash').waitFor();
  assert.ok(await inView(page.locator('.entry.flash')), 'the entry jumped to is on screen');

  // A search walked with `n` from the timeline tab lands on a visible hit.
  await page.keyboard.press('Escape');
  await page.locator('[data-search]').fill('naivete');
  await tab('timeline').click();
  await page.keyboard.press('n');
  await page.locator('[data-tab-button="entries"][aria-selected="true"]').waitFor();
  await page.locator('[data-current-hit]').waitFor();
  assert.ok(await inView(page.locator('[data-current-hit]')));
  assert.deepEqual(errors, []);
  await context.close();
});
