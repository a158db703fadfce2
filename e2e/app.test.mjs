// The release build in headless Chromium, served from a sub-path as a static host would.
// Run after `trunk build --release` (scripts/test does both).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { openPage, servedApp } from './serve.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
const seed = (name) => `${repo}tests/fixtures/${name}`;
const app = servedApp(`${repo}dist`);

async function open() {
  const opened = await openPage(app.browser, app.server.url);
  await opened.page.locator('[data-dropzone]').waitFor();
  return opened;
}

test('a seed picked through the file input is shown, with no request leaving the page', async () => {
  const { page, requests, errors } = await open();
  // How many rows the first drawing holds: the list comes in stages, its opening first.
  await page.evaluate(() => {
    const seen = new MutationObserver(() => {
      const rows = document.querySelectorAll('[data-entry]').length;
      if (rows === 0) return;
      seen.disconnect();
      window.__firstDrawing = { rows, busy: document.querySelector('[data-entries]').getAttribute('aria-busy') };
    });
    seen.observe(document, { childList: true, subtree: true });
  });
  await page.locator('[data-file-input]').setInputFiles(seed('000_0a401290472b4421.txt'));
  await page.locator('[data-entries]:not([aria-busy])').waitFor();
  assert.deepEqual(await page.evaluate(() => window.__firstDrawing), { rows: 16, busy: 'true' });
  assert.equal(await page.locator('[data-entry]').count(), 133);
  assert.equal(
    await page.locator('[data-summary]').textContent(),
    '133 entries · 107 authors · Sep 16, 2010 – Mar 17, 2014 · 3 undated',
  );
  const foreign = requests.filter((u) => !u.startsWith(app.server.url));
  assert.deepEqual(foreign, [], 'every request stays on the app\'s own origin and path');
  assert.deepEqual(errors, []);
  await page.close();
});

test('printing while the list is drawn in stages prints every row', async () => {
  const { page, errors } = await open();
  // A task after the first rows come (the page's effects have run, the next stage is
  // not drawn yet), the reader prints. The rest of the list comes in the next task at
  // the latest (through yew's scheduler): without the print, stages of 48 rows, one per
  // frame, would need three frames to draw the 117 rows left.
  await page.evaluate(() => {
    const seen = new MutationObserver(async () => {
      const rows = () => document.querySelectorAll('[data-entry]').length;
      if (rows() === 0) return;
      seen.disconnect();
      const task = () => new Promise((ok) => setTimeout(ok, 0));
      await task();
      const before = rows();
      window.dispatchEvent(new Event('beforeprint'));
      await task();
      window.__printed = {
        before,
        after: rows(),
        busy: document.querySelector('[data-entries]').getAttribute('aria-busy'),
      };
    });
    seen.observe(document, { childList: true, subtree: true });
  });
  await page.locator('[data-file-input]').setInputFiles(seed('000_0a401290472b4421.txt'));
  await page.waitForFunction(() => window.__printed);
  const printed = await page.evaluate(() => window.__printed);
  assert.ok(printed.before < 133, `printed while the list was still growing (${printed.before} rows)`);
  assert.deepEqual({ after: printed.after, busy: printed.busy }, { after: 133, busy: null });
  assert.deepEqual(errors, []);
  await page.close();
});

test('the example opens, and the JSON download is the CLI\'s schema', async () => {
  const { page, errors } = await open();
  await page.locator('[data-open-example]').click();
  await page.locator('[data-entry]').first().waitFor();
  assert.equal(await page.locator('[data-entry]').count(), 11);
  await page.locator('[data-export-menu] summary').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('[data-download-json]').click(),
  ]);
  assert.equal(download.suggestedFilename(), 'example.palabre.json');
  const chunks = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk);
  const json = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  assert.equal(json.format, 'at_stamp');
  assert.equal(json.entries.length, 11);
  assert.deepEqual(Object.keys(json.entries[0]).sort(),
    ['author', 'body', 'id', 'kind', 'line', 'links', 'parents', 'span', 'time', 'time_text']);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the app works under its Content-Security-Policy, which blocks injected scripts', async () => {
  const { page, errors } = await open();
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.match(policy, /script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
  assert.doesNotMatch(policy, /'unsafe-inline'|'unsafe-eval'/);
  // Everything a reader does: open, threads, why?, highlight, timeline, dump order.
  await page.locator('[data-file-input]').setInputFiles(seed('000_0a401290472b4421.txt'));
  await page.locator('[data-entry]').nth(132).waitFor();
  await page.locator('[data-entry="11"] [data-why] summary').click();
  await page.locator('[data-entry="11"] [data-reply-to]').click();
  await page.locator('[data-entry="4"] [data-author]').click();
  await page.locator('[data-next]').click();
  await page.locator('[data-authors-panel] summary').click();
  await page.locator('[data-sort="name"]').click();
  await page.locator('[data-bar]').first().click();
  await page.locator('[data-clear-range]').click();
  await page.locator('[data-mode="chronological"]').click();
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  assert.deepEqual(errors, []);
  // The policy is live: an inline script someone managed to inject does not run.
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__ran = true';
    document.body.append(s);
  });
  assert.equal(await page.evaluate(() => window.__ran), undefined);
  await page.waitForFunction(() => window.__csp.length > 0);
  assert.match((await page.evaluate(() => window.__csp))[0], /^script-src/);
  await page.close();
});

test('with no theme chosen, the page follows the system\'s light or dark setting', async () => {
  for (const [scheme, background] of [['dark', 'rgb(23, 24, 27)'], ['light', 'rgb(251, 250, 247)']]) {
    const context = await app.browser.newContext({ colorScheme: scheme });
    const { page, errors } = await openPage(context, app.server.url);
    await page.locator('[data-dropzone]').waitFor();
    assert.equal(await page.evaluate(() => localStorage.getItem('palabre.theme')), null);
    assert.equal(await page.locator('[data-theme-select]').inputValue(), 'auto');
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), background, scheme);
    // A choice overrides the system, until Auto gives it back.
    const other = scheme === 'dark' ? 'light' : 'dark';
    await page.locator('[data-theme-select]').selectOption(other);
    assert.notEqual(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), background);
    await page.locator('[data-theme-select]').selectOption('auto');
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), background);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('printing gives the conversation without the controls', async () => {
  const { page, errors } = await open();
  await page.locator('[data-file-input]').setInputFiles(seed('000_0a401290472b4421.txt'));
  await page.locator('[data-entry]').nth(132).waitFor();
  await page.locator('[data-entry="4"] [data-author]').click();
  await page.locator('[data-highlight-bar]').waitFor();
  const shown = (selector) => page.locator(selector).first().isVisible();
  assert.equal(await shown('.topbar'), true, 'on screen, the chrome is there');
  await page.emulateMedia({ media: 'print' });
  for (const chrome of ['.topbar', '[data-dropzone]', '[data-toolbar]', '[data-filter-bars]', '.library',
    '[data-authors-panel]', '[data-bar-info]', '[data-toggle]', '[data-why]']) {
    assert.equal(await shown(chrome), false, `${chrome} is printed`);
  }
  for (const content of ['[data-post]', '[data-entry="0"]', '[data-entry="132"]', '[data-summary]']) {
    assert.equal(await shown(content), true, `${content} is not printed`);
  }
  // Dimmed entries print as plainly as the others.
  const dimmed = page.locator('.entry.dimmed').first();
  assert.equal(await dimmed.evaluate((e) => getComputedStyle(e).color), 'rgb(0, 0, 0)');
  await page.emulateMedia({ media: 'screen' });
  assert.equal(await shown('.topbar'), true);
  assert.deepEqual(errors, []);
  await page.close();
});
