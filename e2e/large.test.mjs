// Large dumps go through the Web Worker: progress, a first screen early, the whole, and
// Cancel bringing back what was on screen. Run on the release build (scripts/test).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPage, servedApp } from './serve.mjs';
import { repo, seed } from './flows.mjs';

const app = servedApp(`${repo}dist`);
let dir;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'palabre-large-'));
});

/// An IRC log of `lines` lines: nicks addressing each other, joins now and then.
async function ircLog(name, lines) {
  const words = 'sudo apt install kernel grub driver wifi mount it does not work try reboot thanks'.split(' ');
  let x = 7;
  const next = (n) => ((x = (x * 1103515245 + 12345) % 2147483648), x % n);
  const out = [];
  for (let i = 0; i < lines; i++) {
    const t = Math.floor(i / 7);
    const stamp = `[${String(Math.floor(t / 60) % 24).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}]`;
    const nick = `nick${next(200)}`;
    if (i % 41 === 0) { out.push(`=== ${nick} has joined #ubuntu`); continue; }
    const body = Array.from({ length: 4 + next(10) }, () => words[next(words.length)]).join(' ');
    out.push(`${stamp} <${nick}> ${next(3) === 0 ? `nick${next(200)}: ` : ''}${body}`);
  }
  const path = join(dir, name);
  await writeFile(path, out.join('\n') + '\n');
  return path;
}

async function open() {
  const opened = await openPage(app.browser, app.server.url);
  await opened.page.locator('[data-dropzone]').waitFor();
  return opened;
}

test('a large log loads in the worker: progress, a first screen, then all of it', async () => {
  const lines = 60_000; // about 3 MB
  const file = await ircLog('big.log', lines);
  const { page, errors } = await open();
  const workers = [];
  const closed = [];
  page.on('worker', (w) => {
    workers.push(w.url());
    closed.push(new Promise((done) => w.on('close', done)));
  });
  // The live region is on the page before anything loads (screen readers only announce
  // changes to a region they already know), and says how far the reading went.
  const region = page.locator('.status[role="status"][aria-live="polite"]');
  assert.equal(await region.count(), 1);
  assert.equal((await region.textContent()).trim(), '');
  await region.evaluate((el) => {
    window.__said = [];
    new MutationObserver(() => window.__said.push(el.textContent)).observe(el, { subtree: true, childList: true, characterData: true });
  });
  await page.locator('[data-file-input]').setInputFiles(file);
  // The first screen comes before the whole file is threaded.
  await page.locator('[data-first-screen]').waitFor();
  await page.locator('[data-summary]', { hasText: `${lines} entries` }).waitFor({ timeout: 60_000 });
  assert.equal(await page.locator('[data-first-screen]').count(), 0);
  assert.equal(await page.locator('[data-loading]').count(), 0);
  assert.ok((await page.locator('[data-entry]').count()) < 300, 'the list is virtualised');
  assert.ok(workers.some((u) => u.endsWith('palabre-worker_loader.js')), `workers: ${workers}`);
  // 60,000 lines are two segments (`thread::SEGMENT`): the worker started a helper (one
  // at least, whatever the cores) for the second, and its links are checked below.
  assert.ok(workers.length >= 2, `no helper worker: ${workers}`);
  const said = [...new Set(await page.evaluate(() => window.__said))];
  assert.ok(said.some((t) => /^Reading big\.log…/.test(t)), said.join(' | '));
  const progress = said.filter((t) => /\d+(\.\d)? [kKM]?B of \d+(\.\d)? MB/.test(t));
  assert.ok(progress.length >= 1, `progress said: ${said.join(' | ')}`);
  assert.ok(said.some((t) => /entries found; working out who answers whom/.test(t)), said.join(' | '));
  assert.equal((await region.textContent()).trim(), '', 'quiet once loaded');
  // Entries and their links come in separate messages: the page puts them back together
  // as the CLI threads the same file (confidences aside, where the page's `exp` and the
  // machine's may differ in the last bit). The CLI is the debug build `cargo test` made
  // (scripts/test runs it first).
  await page.locator('[data-export-menu] summary').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-download-json]').click()]);
  const shown = JSON.parse(await readFile(await download.path(), 'utf8'));
  const cli = JSON.parse(execFileSync(`${repo}target/debug/palabre`, [file], { maxBuffer: 1 << 28 }).toString('utf8'));
  const links = (a) => a.entries.map((e) => e.links.map((l) => `${l.to} ${l.cue} ${l.evidence}`).join(', '));
  assert.equal(shown.entries.length, lines);
  assert.ok(cli.entries.filter((e) => e.links.length > 0).length > lines / 2, 'most messages answer one');
  assert.deepEqual(links(shown), links(cli));
  const confidences = (a) => a.entries.flatMap((e) => e.links.map((l) => l.confidence));
  const inPage = confidences(shown);
  const off = confidences(cli).map((c, i) => Math.abs(c - inPage[i]));
  assert.ok(off.every((d) => d < 1e-5), `confidences differ by up to ${Math.max(...off)}`);
  // The file is kept in the library like any other.
  await page.locator('[data-library-item]').first().waitFor();
  // Their work done, the worker and its helpers are stopped (the worker once the page is
  // idle), freeing their memory.
  const stopped = Promise.all(closed);
  let timer;
  const late = new Promise((_, fail) => {
    timer = setTimeout(() => fail(new Error('the worker was never stopped')), 15_000);
  });
  try {
    await Promise.race([stopped, late]);
  } finally {
    clearTimeout(timer);
  }
  assert.deepEqual(errors, []);
  await page.close();
});

test('a list taller than browsers lay out still fits the page, and its last row is reached', async () => {
  // 300,000 messages: some 24 million pixels of rows, past Firefox's 17.9 million (and a
  // million-line log is past Chromium's 33.5 million), where the last rows were unreachable.
  const lines = 300_000;
  const file = await ircLog('tall.log', lines);
  const { page, errors } = await open();
  await page.locator('[data-file-input]').setInputFiles(file);
  await page.locator('[data-summary]', { hasText: `${lines} entries` }).waitFor({ timeout: 120_000 });
  await page.waitForFunction(() => !document.querySelector('[data-loading], [data-first-screen], [aria-busy]'));
  const frames = (n) => page.evaluate((n) => new Promise((done) => {
    const tick = () => (n-- > 0 ? requestAnimationFrame(tick) : done());
    tick();
  }), n);
  const rows = () => page.evaluate(() => [...document.querySelectorAll('[data-row]')]
    .filter((r) => { const b = r.getBoundingClientRect(); return b.bottom > 0 && b.top < innerHeight; })
    .map((r) => Number(r.dataset.row)));
  const height = await page.evaluate(() => document.scrollingElement.scrollHeight);
  assert.ok(height <= 15_100_000, `the page is ${height} px tall`);
  // End, from a row of the list, lands on the last row.
  await page.locator('[data-row]').first().focus();
  await page.keyboard.press('End');
  await page.waitForFunction(() => Number(document.activeElement?.dataset?.row) > 0, null, { timeout: 10_000 })
    .catch(async (e) => { throw new Error(`${e.message}; focus on ${await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200))}; ${height} px`); });
  const last = Number(await page.evaluate(() => document.activeElement.dataset.row));
  assert.ok(last > 100_000, `End went to row ${last}`);
  assert.ok((await rows()).includes(last), 'the last row is on screen');
  // Scrolled by hand to the bottom and to the middle: rows from there, laid out.
  await page.evaluate(() => scrollTo(0, 0));
  await frames(5);
  await page.evaluate(() => scrollTo(0, document.scrollingElement.scrollHeight));
  await frames(10);
  const bottom = await rows();
  assert.ok(bottom.includes(last), `at the bottom: ${bottom}`);
  await page.evaluate(() => scrollTo(0, document.scrollingElement.scrollHeight / 2));
  await frames(10);
  const middle = await rows();
  assert.ok(middle.length > 0 && middle.every((r) => Math.abs(r - last / 2) < last / 20), `in the middle: ${middle}`);
  assert.deepEqual(errors, []);
  await page.close();
});

test('Cancel stops a large file and brings back the dump that was on screen', async () => {
  const file = await ircLog('huge.log', 400_000); // about 20 MB
  const { page, errors } = await open();
  await page.locator('[data-file-input]').setInputFiles(seed('002_0ad0d366ed8f33a8.txt'));
  await page.locator('[data-entry]').nth(11).waitFor();
  await page.locator('[data-file-input]').setInputFiles(file);
  await page.locator('[data-cancel-load]').click();
  await page.locator('[data-loading]').waitFor({ state: 'detached' });
  assert.equal(await page.locator('[data-entry]').count(), 12);
  assert.match(await page.locator('[data-file-name]').textContent(), /002_0ad0d366ed8f33a8/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a file over 512 MB is refused with its size, and the dump on screen stays', async () => {
  const { page, errors } = await open();
  await page.locator('[data-file-input]').setInputFiles(seed('002_0ad0d366ed8f33a8.txt'));
  await page.locator('[data-summary]').filter({ hasText: '12 entries' }).waitFor();
  // 600 MiB made of one 1 MiB buffer, dropped as a file: nothing of it is read.
  await page.evaluate(() => {
    const mib = new Uint8Array(1 << 20).fill(97);
    const file = new File(Array(600).fill(mib), 'huge.log', { type: 'text/plain' });
    const data = new DataTransfer();
    data.items.add(file);
    const zone = document.querySelector('[data-dropzone]');
    for (const type of ['dragenter', 'dragover', 'drop']) {
      zone.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data }));
    }
  });
  await page.locator('[data-error]').filter({ hasText: '600 MB' }).waitFor();
  assert.match(await page.locator('[data-error]').textContent(), /huge\.log: this file is 600 MB; palabre opens files up to 512 MB\./);
  assert.match(await page.locator('[data-summary]').textContent(), /^12 entries/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a 10 MB file of one line opens as a post, with the line cut for display', async () => {
  const words = 'lorem ipsum dolor sit amet consectetur adipiscing elit'.split(' ');
  const line = Array.from({ length: 1_700_000 }, (_, i) => words[i % words.length]).join(' ').slice(0, 10_000_000);
  const path = join(dir, 'one-line.txt');
  await writeFile(path, line);
  const { page, errors } = await open();
  await page.locator('[data-file-input]').setInputFiles(path);
  await page.locator('[data-post] [data-cut]').waitFor({ timeout: 60_000 });
  await page.locator('[data-loading]').waitFor({ state: 'detached', timeout: 60_000 });
  assert.match(await page.locator('[data-problems]').textContent(), /shown as a single post/);
  assert.match(await page.locator('[data-cut]').textContent(), /more characters/);
  // The exports keep it all.
  await page.locator('[data-export-menu] summary').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-download-json]').click()]);
  const json = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.equal(json.post.body.length, line.length);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a link too long for any browser says how long it is, and offers the files', async () => {
  // 2.3 MB of noise hardly compresses: its #z= link is past the 2 MiB browsers open.
  const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  const noise = randomBytes(29_000 * 79);
  const lines = [];
  for (let i = 0; i < 29_000; i++) {
    lines.push(Array.from(noise.subarray(i * 79, (i + 1) * 79), (b) => alphabet[b % 62]).join(''));
  }
  const path = join(dir, 'noise.txt');
  await writeFile(path, lines.join('\n'));
  const { page, errors } = await open();
  await page.locator('[data-file-input]').setInputFiles(path);
  await page.locator('[data-post]').waitFor({ timeout: 60_000 });
  await page.locator('[data-loading]').waitFor({ state: 'detached', timeout: 60_000 });
  await page.locator('[data-share]').click();
  const verdict = page.locator('[data-link-too-long]');
  await verdict.waitFor({ timeout: 60_000 });
  const length = Number(await verdict.getAttribute('data-link-length'));
  assert.ok(length > 2 * 1024 * 1024, `${length}`);
  assert.match(await verdict.textContent(), new RegExp(`^${length.toLocaleString('en-US')} characters: too long`));
  assert.equal(await page.locator('[data-link-too-long] [data-save-html-instead]').count(), 1);
  assert.equal(await page.locator('[data-data-link]').count(), 0, 'no link to copy');
  assert.deepEqual(errors, []);
  await page.close();
});
