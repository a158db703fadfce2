// A newcomer's path, step by step, in the release build; then an accessibility audit
// (axe-core) of what they saw. Run after `trunk build --release` (scripts/test does both).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { servedApp } from './serve.mjs';
import { newcomerPath, repo, seed } from './flows.mjs';

const app = servedApp(`${repo}dist`);

test('a newcomer opens the example, drops a dump, searches, highlights, picks a day and shares', async () => {
  const page = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const count = (selector) => page.locator(selector).count();
  await newcomerPath(page, app.server.url, {
    check: async (step) => {
      switch (step) {
        case 'start':
          assert.equal(await page.locator('.dropzone-title').textContent(), 'Drop a discussion dump here');
          break;
        case 'example':
          assert.equal(await count('[data-entry]'), 11);
          break;
        case 'dropped':
          assert.equal(await count('[data-entry]'), 133);
          // Keeping the file in the library finishes after it is shown.
          await page.locator('[data-library-item]').first().waitFor();
          assert.equal(await count('[data-library-item]'), 1, 'the dropped file is kept; the example is not');
          break;
        case 'searched':
          assert.equal(await page.locator('[data-hit-counter]').textContent(), '1 / 3');
          assert.equal((await page.locator('[data-current-hit]').textContent()).toLowerCase(), 'naïveté');
          break;
        case 'highlighted':
          assert.equal(await count('.entry.highlighted'), 14);
          break;
        case 'range':
          assert.equal(await count('[data-entry]'), 24);
          break;
        case 'shared': {
          // The link to this view names the day; the one with the data inside opens anywhere.
          assert.match(await page.locator('[data-view-link]').inputValue(), /#.*from=2010-10-21/);
          const data = await page.locator('[data-data-link]').inputValue();
          assert.match(data, /#z=[A-Za-z0-9_-]{1000,}/);
          break;
        }
      }
    },
  });
  // Exports: JSON (the CLI's schema) and CSV.
  await page.locator('[data-export-menu] summary').click();
  const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('[data-download-csv]').click()]);
  assert.equal(csv.suggestedFilename(), '000_0a401290472b4421.palabre.csv');
  const text = await readFile(await csv.path(), 'utf8');
  assert.equal(text.split('\r\n')[0], 'id,author,time,kind,parents,text');
  assert.match(text, /^0,greg,2010-09-16T10:59:58,comment,,/m);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the keyboard alone reaches every control, each with a visible focus', async () => {
  const page = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(app.server.url);
  await page.locator('[data-file-input]').setInputFiles(seed('002_0ad0d366ed8f33a8.txt'));
  await page.locator('[data-entry]').nth(11).waitFor();
  await page.locator('[data-library-item]').first().waitFor();
  await page.evaluate(() => document.activeElement?.blur());
  // Tab from the top of the page until focus comes back round, noting what each stop is
  // and whether its focus shows (an outline, the card's outline for a row, the bar's
  // stroke for a timeline bar, the label's for the file input).
  const stops = [];
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const names = ['data-share', 'data-close', 'data-lang', 'data-theme-select', 'data-help', 'data-file-input',
        'data-open-example', 'data-library-open', 'data-encoding', 'data-bar', 'data-mode', 'data-search',
        'data-kind-filter', 'data-node', 'data-author', 'data-copy-link', 'data-reply-to', 'data-sort'];
      let name = names.find((a) => el.hasAttribute(a));
      if (!name && el.tagName === 'SUMMARY') {
        name = el.closest('[data-export-menu]') ? 'export menu' : el.closest('[data-authors-panel]') ? 'authors panel' : 'summary';
      }
      const shows = (e) => {
        if (!e) return false;
        const cs = getComputedStyle(e);
        return cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2;
      };
      const visible = shows(el)
        || (el.matches('[data-node], .row') && shows(el.querySelector(':scope > .entry')))
        || (el.matches('[data-bar]') && getComputedStyle(el.querySelector('.hit')).stroke !== 'none')
        || shows(el.closest('.button'));
      const first = el.dataset.tabStop === undefined;
      el.dataset.tabStop = '';
      return { name: name ?? el.tagName.toLowerCase(), visible, first, id: el.getAttribute('data-bar') ?? el.getAttribute('data-node') };
    });
    if (!stop) continue;
    if (!stop.first) break; // round again
    stops.push(stop);
  }
  const reached = new Set(stops.map((s) => s.name));
  for (const control of ['data-share', 'export menu', 'data-close', 'data-lang', 'data-theme-select', 'data-help',
    'data-file-input', 'data-open-example', 'data-library-open', 'data-encoding', 'data-bar', 'authors panel',
    'data-mode', 'data-search', 'data-kind-filter', 'data-node', 'data-author', 'data-copy-link', 'data-reply-to']) {
    assert.ok(reached.has(control), `Tab never reaches ${control}; reached ${[...reached].join(', ')}`);
  }
  const hidden = stops.filter((s) => !s.visible).map((s) => s.name);
  assert.deepEqual(hidden, [], 'focus is visible at every stop');
  // The timeline's bars and the list's rows are one stop each (arrows move inside).
  assert.equal(stops.filter((s) => s.name === 'data-bar').length, 1);
  assert.equal(stops.filter((s) => s.name === 'data-node').length, 1);
  await page.close();
});

test('the shortcut sheet keeps keyboard focus while open and gives it back', async () => {
  const page = await app.browser.newPage();
  await page.goto(app.server.url);
  await page.locator('[data-file-input]').setInputFiles(seed('002_0ad0d366ed8f33a8.txt'));
  await page.locator('[data-entry]').nth(11).waitFor();
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  // The second row in reading order (a reply comes right under what it answers).
  const second = await page.locator('[data-node]').nth(1).getAttribute('data-node');
  await page.waitForFunction((id) => document.activeElement?.getAttribute('data-node') === id, second);
  await page.locator('[data-help]').focus();
  await page.keyboard.press('?');
  await page.locator('[data-help-sheet]').waitFor();
  const inSheet = () => page.evaluate(() => !!document.activeElement?.closest('[data-help-sheet]'));
  assert.ok(await inSheet(), 'the sheet takes focus');
  for (const key of ['Tab', 'Tab', 'Shift+Tab', 'Tab']) {
    await page.keyboard.press(key);
    assert.ok(await inSheet(), `${key} stays in the sheet`);
  }
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('[data-help-sheet]').count(), 0);
  assert.ok(await page.evaluate(() => document.activeElement?.hasAttribute('data-help')), 'focus is back');
  await page.keyboard.press('/');
  await page.waitForFunction(() => document.activeElement?.hasAttribute('data-search'));
  assert.equal(await page.locator('[data-search]').inputValue(), '', 'the / is a shortcut, not typed');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none');
  await page.close();
});

// axe-core is injected as test tooling: the app's CSP rightly refuses it, so this
// context bypasses the policy (another test checks the policy itself).
async function audit(page) {
  await page.addScriptTag({ content: await readFile(`${repo}node_modules/axe-core/axe.min.js`, 'utf8') });
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

for (const scheme of ['light', 'dark']) {
  test(`no serious or critical accessibility violation on the seeds (${scheme} theme)`, async () => {
    const context = await app.browser.newContext({ bypassCSP: true, colorScheme: scheme });
    const page = await context.newPage();
    await page.goto(app.server.url);
    await page.locator('[data-dropzone]').waitFor();
    const found = { start: await audit(page) };
    for (const [name, count] of [['000_0a401290472b4421.txt', 133], ['002_0ad0d366ed8f33a8.txt', 12]]) {
      await page.locator('[data-file-input]').setInputFiles(seed(name));
      await page.locator('[data-entry]').nth(count - 1).waitFor();
      await page.locator('[data-authors-panel] summary').click();
      found[`${name} threads`] = await audit(page);
      // Someone highlighted (everyone else dimmed) and a current search hit among hits.
      await page.locator('[data-entry="1"] [data-author]').click();
      await page.locator('[data-highlight-bar]').waitFor();
      await page.locator('[data-search]').fill('e');
      await page.locator('[data-search]').press('Enter');
      await page.locator('[data-current-hit]').waitFor();
      assert.ok(await page.locator('.entry.dimmed').count() > 0);
      found[`${name} highlight and search`] = await audit(page);
      await page.locator('[data-search]').fill('');
      await page.keyboard.press('Escape');
      await page.locator('[data-highlight-bar]').waitFor({ state: 'detached' });
      await page.locator('[data-mode="chronological"]').click();
      found[`${name} chronological`] = await audit(page);
      await page.locator('[data-mode="thread"]').click();
      await page.locator('[data-authors-panel] summary').click();
    }
    await page.keyboard.press('?');
    found['shortcut sheet'] = await audit(page);
    const bad = Object.entries(found).filter(([, v]) => v.length > 0);
    assert.deepEqual(bad, [], 'accessibility violations');
    await context.close();
  });
}
