// Figures, not a test: the release build in headless Chromium, opening the seeds and
// generated dumps of 1, 10 and 100 MB. For each: time from the file being given to the
// page to the first entries on screen (and, timed in the page from the file input's
// change event, to the paint after them) and to the whole dump drawn, the longest task on
// the page's thread, the page's heap (JavaScript + wasm), scrolling (frame rate, slowest
// frame, DOM size), and the native CLI's time on the same file (the wasm / native
// ratio). Then the WhatsApp parser against the npm package whatsapp-chat-parser on the
// same generated export.
//
//   node e2e/bench.mjs [--sizes 1,10,100] [--formats at_stamp,irc,whatsapp] [--dist DIR]
// (`--dist`: another build to time, e.g. an older commit's, run alternately with this one.)
// (`--formats ''`: the seeds alone.)
// (scripts/bench builds everything first and passes these through.)
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createRequire } from 'node:module';
import { serve, launch } from './serve.mjs';
import { repo } from './flows.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const sizes = arg('sizes', '1,10,100').split(',').filter(Boolean).map(Number);
const formats = arg('formats', 'at_stamp,irc,whatsapp').split(',').filter(Boolean);
const dir = '/tmp/palabre-bench';
mkdirSync(dir, { recursive: true });
const bin = (name) => `${repo}target/release/${name}`;

/// A synthetic dump of about `mb` MB from the project's generator (palabre::synth),
/// written once per run, so that it always matches the generator.
const written = new Set();
function generate(format, mb) {
  const path = `${dir}/${format}-${mb}MB.txt`;
  if (!written.has(path)) {
    writeFileSync(path, execFileSync(bin('palabre-gen'), [format, `${mb}MB`], { maxBuffer: 1 << 30 }));
    written.add(path);
  }
  return path;
}

/// Best of three runs of the CLI on the file (read, decode, parse, thread, summary).
function native(path) {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    execFileSync(bin('palabre'), ['--summary', path], { maxBuffer: 1 << 30 });
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

async function inBrowser(browser, url, path) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.addInitScript(() => {
    window.__longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
    }).observe({ type: 'longtask', buffered: true });
    addEventListener('TrunkApplicationStarted', (e) => { window.__memory = e.detail.wasm.memory; });
    // Timed in the page, from the file input's change event: the first entry in the
    // DOM, and the paint after it (a timer set by the next frame runs once it is done).
    window.__t = {};
    document.addEventListener('change', (e) => { window.__t.change = e.timeStamp; }, true);
    const seen = new MutationObserver(() => {
      if (!document.querySelector('[data-entry]')) return;
      seen.disconnect();
      requestAnimationFrame(() => setTimeout(() => { window.__t.painted = performance.now(); }));
    });
    seen.observe(document, { childList: true, subtree: true });
  });
  await page.goto(url);
  await page.locator('[data-dropzone]').waitFor();
  // The page has warmed up (services::warm_up) and settled, as it has by the time a
  // reader drops a file (the browser optimises the code it ran in the background).
  await page.locator('html[data-warm="done"]').waitFor({ state: 'attached' });
  await new Promise((r) => setTimeout(r, 1000));
  await page.evaluate(() => { window.__longest = 0; });
  let peak = 0;
  const heap = () => page.evaluate(() => (performance.memory?.usedJSHeapSize ?? 0) + (window.__memory?.buffer.byteLength ?? 0));
  const sampler = setInterval(async () => { try { peak = Math.max(peak, await heap()); } catch {} }, 100);
  const t0 = performance.now();
  await page.locator('[data-file-input]').setInputFiles(path);
  await page.locator('[data-entry]').first().waitFor({ timeout: 300_000 });
  const first = performance.now() - t0;
  // Loaded: the whole file read, and everything drawn (a list or chart drawn in stages
  // is `aria-busy` until its last stage).
  await page.waitForFunction(
    () => !document.querySelector('[data-loading]') && !document.querySelector('[data-first-screen]')
      && document.querySelector('[data-summary]') && !document.querySelector('[aria-busy]'),
    null,
    { timeout: 600_000, polling: 20 },
  );
  const full = performance.now() - t0;
  clearInterval(sampler);
  peak = Math.max(peak, await heap());
  const longest = await page.evaluate(() => window.__longest);
  const painted = await page.evaluate(() => window.__t.painted - window.__t.change);
  const summary = await page.locator('[data-summary]').textContent();
  const scroll = await scrolling(page);
  await page.close();
  return { first, painted, full, longest, peak, summary, scroll };
}

/// Scrolls the loaded dump down 300 px a frame for 240 frames (about a screen every
/// three frames, faster than a reader flicks) and times the frames: the median frame
/// rate, the slowest frame, and the DOM size at the end (virtualised lists stay small).
async function scrolling(page) {
  return page.evaluate(() => new Promise((done) => {
    const frames = [];
    let last = performance.now();
    const step = (now) => {
      frames.push(now - last);
      last = now;
      if (frames.length === 240) {
        const sorted = frames.slice(1).sort((a, b) => a - b);
        done({
          fps: 1000 / sorted[Math.floor(sorted.length / 2)],
          worst: sorted.at(-1),
          nodes: document.getElementsByTagName('*').length,
        });
        return;
      }
      window.scrollBy(0, 300);
      requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  }));
}

const mb = (bytes) => (bytes / 1e6).toFixed(1);
const ms = (t) => `${Math.round(t)} ms`;
const rows = [];
const server = await serve(arg("dist", `${repo}dist`));
const browser = await launch();
try {
  const files = [
    `${repo}tests/fixtures/000_0a401290472b4421.txt`,
    `${repo}tests/fixtures/002_0ad0d366ed8f33a8.txt`,
    ...formats.flatMap((f) => sizes.map((s) => generate(f, s))),
  ];
  for (const path of files) {
    const bytes = statSync(path).size;
    const b = await inBrowser(browser, server.url, path);
    const n = native(path);
    rows.push({
      file: path.split('/').pop(),
      MB: mb(bytes),
      entries: b.summary.split(' · ')[0],
      'first entries': ms(b.first),
      'change → painted (page)': ms(b.painted),
      'fully loaded': ms(b.full),
      'MB/s (browser)': (bytes / 1e6 / (b.full / 1000)).toFixed(1),
      'longest task': ms(b.longest),
      'peak heap': `${mb(b.peak)} MB (${(b.peak / bytes).toFixed(1)}×)`,
      'scroll fps (worst frame)': `${Math.round(b.scroll.fps)} (${Math.round(b.scroll.worst)} ms)`,
      'DOM nodes': b.scroll.nodes,
      'native': ms(n),
      'wasm/native': (b.full / n).toFixed(1),
    });
    console.log(JSON.stringify(rows.at(-1)));
  }
} finally {
  await browser.close();
  await server.close();
}
console.table(rows);

// The WhatsApp parser beside the npm package whatsapp-chat-parser, same file, parsing
// only (palabre: parse without threading, via its CLI's JSON is not comparable; the
// bench binary's parse figure is). Both native-speed JavaScript/Rust, single thread.
if (formats.includes('whatsapp')) {
  const require = createRequire(import.meta.url);
  const { parseString } = require('whatsapp-chat-parser');
  for (const s of sizes) {
    const path = generate('whatsapp', s);
    const text = readFileSync(path, 'utf8');
    let peer = Infinity;
    let messages = 0;
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      messages = parseString(text).length;
      peer = Math.min(peer, performance.now() - t);
    }
    const out = execFileSync(bin('palabre-bench'), ['--parse-only', path], { encoding: 'utf8' }).trim();
    const ours = Number(/parse_ms=([\d.]+)/.exec(out)?.[1]);
    console.log(`whatsapp ${s} MB: whatsapp-chat-parser ${Math.round(peer)} ms (${messages} messages), palabre parse ${Math.round(ours)} ms — palabre ${(peer / ours).toFixed(1)}× its throughput`);
  }
}
