// The three ways of sharing, end to end against the release build in headless Chromium:
// a `?src=` link to a dump beside the app (sub-path hosting), a `#z=` link carrying the
// dump itself, and dist/palabre.html opened from disk (file://); plus "Save as HTML".
// Run after `trunk build --release` (scripts/test does both).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, mkdtemp } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { serve, launch, openPage } from './serve.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
const SEED_000 = '000_0a401290472b4421.txt';
const SEED_002 = '002_0ad0d366ed8f33a8.txt';
const seed = (name) => `${repo}tests/fixtures/${name}`;
let server, elsewhere, browser;

// Beside the app: the seeds under `dumps/`, and the odd answers a host can give.
const endless = {};
async function beside(rel, req, res) {
  if (rel.startsWith('dumps/')) {
    try {
      const body = await readFile(seed(rel.slice('dumps/'.length)));
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(body);
    } catch {
      res.writeHead(404).end('not here');
    }
    return true;
  }
  if (rel === 'odd/photo.png') {
    res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
    return true;
  }
  if (rel === 'odd/binary.txt') {
    res.writeHead(200, { 'content-type': 'text/plain' }).end(Buffer.from('PK\x03\x04\0\0\0\0binary\0\0', 'latin1'));
    return true;
  }
  if (rel === 'odd/endless.txt') {
    // No content-length (chunked), and more than any cap: palabre must stop reading.
    res.writeHead(200, { 'content-type': 'text/plain' });
    const chunk = Buffer.alloc(64 * 1024, 'endless line\n');
    endless.sent = 0;
    endless.closed = new Promise((closed) => req.on('close', () => { res.destroy(); closed(endless.sent); }));
    const pump = () => {
      while (endless.sent < 256 * 1024 * 1024 && !res.destroyed) {
        endless.sent += chunk.length;
        if (!res.write(chunk)) return res.once('drain', pump);
      }
      res.end();
    };
    pump();
    return true;
  }
  if (rel === 'odd/huge.txt') {
    // Says 600 MB and trickles: palabre must refuse from the header, not read it all.
    res.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(600 * 1024 * 1024) });
    res.write('x'.repeat(1024));
    req.on('close', () => res.destroy());
    return true;
  }
  return false;
}

// Another origin, over https (a throwaway self-signed certificate): `/open/` allows
// cross-origin reads, `/closed/` does not, as most hosts.
async function otherOrigin() {
  const dir = await mkdtemp(join(tmpdir(), 'palabre-tls-'));
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1',
    '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
  const tls = { key: await readFile(join(dir, 'key.pem')), cert: await readFile(join(dir, 'cert.pem')) };
  const https = createServer(tls, async (req, res) => {
    const [, door, name] = new URL(req.url, 'https://x').pathname.split('/');
    const cors = door === 'open' ? { 'access-control-allow-origin': '*' } : {};
    try {
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', ...cors }).end(await readFile(seed(name)));
    } catch {
      res.writeHead(404, cors).end();
    }
  });
  await new Promise((ok) => https.listen(0, '127.0.0.1', ok));
  return { url: `https://127.0.0.1:${https.address().port}/`, close: () => new Promise((ok) => https.close(ok)) };
}

before(async () => {
  server = await serve(`${repo}dist`, '/tools/palabre/', beside);
  elsewhere = await otherOrigin();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
  await elsewhere?.close();
});

const open = (url, context = browser) => openPage(context, url);

const assets = (url) => /\.(js|wasm|css|svg)$/.test(url) || url.endsWith('/tools/palabre/') || url.includes('/tools/palabre/?') || url.includes('/tools/palabre/#');

test('?src= opens a dump beside the app, with its view, in one request', async () => {
  const probe = await open(`${server.url}?src=dumps/${SEED_000}`);
  await probe.page.locator('[data-entry]').nth(132).waitFor();
  const anchor = await probe.page.locator('[data-entry="52"]').getAttribute('data-anchor');
  await probe.page.close();

  const { page, requests, errors } = await open(`${server.url}?src=dumps/${SEED_000}#e=${anchor}&m=chrono&a=arvic`);
  await page.locator('[data-entry="52"].flash').waitFor();
  assert.equal(await page.locator('[data-entry]').count(), 133);
  assert.equal(await page.locator('[data-file-name]').textContent(), SEED_000);
  assert.equal(await page.locator('[data-mode="chronological"]').getAttribute('aria-pressed'), 'true');
  assert.match(await page.locator('[data-highlight-bar]').textContent(), /by arvic/);
  const fetched = requests.filter((u) => !assets(u));
  assert.deepEqual(fetched, [`${server.url}dumps/${SEED_000}`], 'the dump is the only request besides the app');
  // The view link keeps ?src=, so that it opens the same dump.
  await page.locator('[data-share]').click();
  const link = await page.locator('[data-view-link]').inputValue();
  assert.equal(link, `${server.url}?src=dumps/${SEED_000}#e=${anchor}&a=arvic&m=chrono`);
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a page opened on a link to a dump skips the warm-up, which would only delay it', async () => {
  // The warm-up waits for the page's first paint; the dump's request and parsing take
  // longer, so a warm-up asked for would have started by the time the dump is drawn.
  const { page, errors } = await open(`${server.url}?src=dumps/${SEED_000}`);
  await page.locator('[data-entries]:not([aria-busy])').waitFor();
  assert.equal(await page.locator('[data-entry]').count(), 133);
  assert.equal(await page.locator('html').getAttribute('data-warm'), null);
  // A page with nothing to open still warms up.
  const idle = await open(server.url);
  await idle.page.locator('html[data-warm="done"]').waitFor({ state: 'attached' });
  assert.deepEqual([...errors, ...idle.errors], []);
  await page.close();
  await idle.page.close();
});

test('?src= failures each get their own message', async () => {
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  const allowed = await open(`${server.url}?src=${elsewhere.url}open/${SEED_002}`, context);
  await allowed.page.locator('[data-entry]').nth(11).waitFor();
  assert.equal(await allowed.page.locator('[data-entry]').count(), 12);
  assert.deepEqual(await allowed.page.evaluate(() => window.__csp), [], 'https:// hosts are allowed by the policy');
  await allowed.page.close();

  const cases = [
    ['missing.txt', /^missing\.txt: not found at missing\.txt \(the server answered 404\)/],
    [`${elsewhere.url}closed/${SEED_002}`, /^002_0ad0d366ed8f33a8\.txt: could not be fetched from https:\/\/127\.0\.0\.1:\d+\/closed\/002_0ad0d366ed8f33a8\.txt\. .*cross-origin requests \(CORS\), or put the dump beside palabre/],
    ['odd/photo.png', /^photo\.png: odd\/photo\.png is not a text file \(the server says it is image\/png\)/],
    ['odd/binary.txt', /^binary\.txt: odd\/binary\.txt looks like a binary file/],
    ['odd/huge.txt', /^huge\.txt: odd\/huge\.txt is 600 MB; palabre opens files up to 512 MB\.$/],
  ];
  for (const [src, message] of cases) {
    const { page } = await open(`${server.url}?src=${encodeURIComponent(src)}`, context);
    await page.locator('[data-error]').waitFor();
    const text = (await page.locator('[data-error] span').textContent());
    assert.match(text, message, src);
    assert.equal(await page.locator('[data-entry]').count(), 0);
    await page.close();
  }
  await context.close();
});

test('?src= without a stated length is held to the cap as it arrives', async () => {
  // The real cap is 512 MB; the page may lower it, so that the test serves 1 MB and more.
  const context = await browser.newContext();
  await context.addInitScript(() => { window.palabreSourceCap = 1024 * 1024; });
  const { page, errors } = await open(`${server.url}?src=odd/endless.txt`, context);
  await page.locator('[data-error]').waitFor();
  assert.match(await page.locator('[data-error] span').textContent(),
    /^endless\.txt: odd\/endless\.txt is larger than 1 MB, the most palabre opens \(the server did not say its size/);
  assert.equal(await page.locator('[data-entry]').count(), 0);
  const sent = await endless.closed;
  assert.ok(sent < 256 * 1024 * 1024, `palabre read it all (${sent} bytes sent)`);
  assert.deepEqual(errors.filter((e) => !/Failed to load resource|ERR_/.test(e)), []);
  await context.close();
});

async function packed(name) {
  const { page } = await open(server.url);
  await page.locator('[data-file-input]').setInputFiles(seed(name));
  // A list drawn in stages is `aria-busy` until its last one.
  await page.locator('[data-entries]:not([aria-busy])').waitFor();
  const entries = await page.locator('[data-entry]').count();
  await page.locator('[data-share]').click();
  await page.locator('[data-data-link]').waitFor();
  const link = await page.locator('[data-data-link]').inputValue();
  assert.equal(Number(await page.locator('[data-link-length]').getAttribute('data-link-length')), link.length);
  await page.close();
  return { link, entries };
}

test('#z= links carry the dump: they open it with no request at all', async (t) => {
  for (const name of [SEED_000, SEED_002]) {
    const { link, entries } = await packed(name);
    const fragment = link.slice(link.indexOf('#'));
    t.diagnostic(`#z= link for ${name}: ${link.length} characters in all, fragment ${fragment.length} (${server.url})`);
    assert.ok(fragment.length > 2000, 'both seeds are over the chat-app limit');

    const { page, requests, errors } = await open(link);
    await page.locator('[data-entry]').nth(entries - 1).waitFor();
    assert.equal(await page.locator('[data-entry]').count(), entries);
    assert.equal(await page.locator('[data-file-name]').textContent(), 'shared link');
    assert.deepEqual(requests.filter((u) => !assets(u)), [], 'no request but the app\'s own files');
    assert.ok(requests.every((u) => !u.includes('z=')), 'the data never goes to the server');
    // The long-link warning offers the files instead.
    await page.locator('[data-share]').click();
    await page.locator('[data-link-long]').waitFor();
    assert.equal(await page.locator('[data-link-long] [data-save-html-instead]').count(), 1);
    // Views of a shared dump keep the data in the address; back and forward walk them.
    await page.locator('[data-share]').click();
    await page.locator('[data-mode="chronological"]').click();
    assert.equal(page.url(), `${link}&m=chrono`);
    await page.locator('[data-entry]').nth(2).locator('[data-author]').click();
    await page.locator('[data-highlight-bar]').waitFor();
    await page.goBack();
    await page.locator('[data-highlight-bar]').waitFor({ state: 'detached' });
    assert.equal(page.url(), `${link}&m=chrono`);
    await page.goBack();
    await page.locator('[data-mode="thread"][aria-pressed="true"], [data-mode="chronological"][aria-pressed="false"]').first().waitFor();
    assert.equal(page.url(), link);
    await page.goForward();
    await page.locator('[data-mode="chronological"][aria-pressed="true"]').waitFor();
    assert.deepEqual(await page.evaluate(() => window.__csp), []);
    assert.deepEqual(errors, []);
    await page.close();
  }
});

test('dist/palabre.html works from disk: drop a file, or open a #z= link', async () => {
  const file = pathToFileURL(`${repo}dist/palabre.html`).href;
  const { page, requests, errors } = await open(file);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.match(policy, /script-src 'sha256-[^']+' 'wasm-unsafe-eval';/);
  assert.doesNotMatch(policy, /'unsafe-inline'|'unsafe-eval'|'self'/);
  await page.locator('[data-file-input]').setInputFiles(seed(SEED_000));
  await page.locator('[data-entry]').nth(132).waitFor();
  assert.equal(await page.locator('[data-entry]').count(), 133);
  assert.equal(
    await page.locator('[data-summary]').textContent(),
    '133 entries · 107 authors · Sep 16, 2010 – Mar 17, 2014 · 3 undated',
  );
  await page.locator('[data-entry="11"] [data-reply-to]').click();
  await page.locator('[data-entry="8"].flash').waitFor();
  assert.match(page.url(), /palabre\.html#e=[0-9a-z]+$/);
  assert.deepEqual(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:')), []);
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  assert.deepEqual(errors, []);
  await page.close();

  const { link } = await packed(SEED_002);
  const offline = await open(`${file}${link.slice(link.indexOf('#'))}`);
  await offline.page.locator('[data-entry]').nth(11).waitFor();
  assert.equal(await offline.page.locator('[data-entry]').count(), 12);
  assert.deepEqual(offline.errors, []);
  await offline.page.close();
});

test('Save as HTML writes one read-only page: every entry, no script', async () => {
  const { page, errors } = await open(`${server.url}?src=dumps/${SEED_000}`);
  await page.locator('[data-entry]').nth(132).waitFor();
  await page.locator('[data-entry="4"] [data-author]').click(); // a highlight is not saved
  await page.locator('[data-share]').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('[data-save-html]').click(),
  ]);
  assert.equal(download.suggestedFilename(), '000_0a401290472b4421.palabre.html');
  const path = join(await mkdtemp(join(tmpdir(), 'palabre-')), 'saved.html');
  await download.saveAs(path);
  const html = await readFile(path, 'utf8');
  assert.doesNotMatch(html, /<script|<button|<input|\son[a-z]+=/i);
  assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline';/);
  assert.match(html, /^<!doctype html>\n<html lang="en">/);
  assert.match(html, /Lines 1093–1094 look like the site's footer and were left out\./);

  // In French, the page is French: its language, its note, its words.
  await page.locator('[data-lang]').selectOption('fr');
  if (!(await page.locator('[data-save-html]').isVisible())) await page.locator('[data-share]').click();
  const [french] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('[data-save-html]').click(),
  ]);
  const frenchPath = join(await mkdtemp(join(tmpdir(), 'palabre-')), 'saved-fr.html');
  await french.saveAs(frenchPath);
  const frenchHtml = await readFile(frenchPath, 'utf8');
  assert.match(frenchHtml, /^<!doctype html>\n<html lang="fr">/);
  assert.match(frenchHtml, /Une copie en lecture seule enregistrée depuis palabre/);
  assert.match(frenchHtml, /↩ en réponse à Lucile Reynard/);
  assert.doesNotMatch(frenchHtml, /in reply to/);
  // The parser's problems too.
  assert.match(frenchHtml, /Les lignes 1093 et 1094 ressemblent au pied de page du site/);
  assert.doesNotMatch(frenchHtml, /site's footer/);
  assert.deepEqual(errors, []);
  await page.close();

  const saved = await browser.newPage({ javaScriptEnabled: false });
  await saved.goto(pathToFileURL(path).href);
  assert.equal(await saved.locator('[data-entry]').count(), 133);
  assert.equal(await saved.locator('.dimmed, .highlighted').count(), 0);
  assert.equal(await saved.title(), 'Les community managers sont des putes — palabre');
  assert.equal(await saved.locator('details:not([open])').count(), 0, 'every fold is open');
  assert.equal(await saved.locator('svg.timeline-chart [data-bar]').count() > 0, true);
  assert.equal(await saved.locator('[data-authors-panel] tbody tr').count(), 107);
  // "In reply to" is a link within the page, to the parent's permalink anchor.
  const reply = saved.locator('[data-entry="11"] a.link-button');
  assert.equal(await reply.textContent(), '↩ in reply to Lucile Reynard');
  await reply.click();
  const target = await saved.evaluate(() => document.querySelector(':target')?.getAttribute('data-entry'));
  assert.equal(target, '8');
  await saved.close();
});
