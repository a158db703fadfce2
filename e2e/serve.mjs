// A minimal static file server for the built app, under a sub-path, on a free port.
// Used by the end-to-end tests and the screenshot script; no dependency beyond Node.
// `extra(rel, req, res)` may answer a request first (return true): tests serve dumps
// beside the app, and odd responses (errors, binary, oversized), from it.
import { createServer } from 'node:http';
import { before, after } from 'node:test';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.txt': 'text/plain; charset=utf-8',
};

export async function serve(root, prefix = '/tools/palabre/', extra = () => false) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (!path.startsWith(prefix)) {
      res.writeHead(404).end();
      return;
    }
    const rel = normalize(path.slice(prefix.length) || 'index.html');
    if (rel.startsWith('..')) {
      res.writeHead(403).end();
      return;
    }
    if (await extra(rel, req, res)) return;
    try {
      const body = await readFile(join(root, rel));
      res.writeHead(200, { 'content-type': TYPES[extname(rel)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${server.address().port}${prefix}`;
  const close = () => new Promise((ok) => {
    server.close(ok);
    server.closeAllConnections(); // a test may leave a response hanging on purpose
  });
  return { url, close };
}

export async function launch() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
  });
}

/// A new page of `context` at `url`, recording every request, page error, console error
/// and CSP violation (in `window.__csp`) from the first script on.
export async function openPage(context, url) {
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(url);
  return { page, requests, errors };
}

/// For a test file: serves `root` and starts Chromium before its tests, and stops both
/// after them. The returned object's `server` and `browser` are set once they run.
export function servedApp(root, prefix, extra) {
  const app = {};
  before(async () => {
    app.server = await serve(root, prefix, extra);
    app.browser = await launch();
  });
  after(async () => {
    await app.browser?.close();
    await app.server?.close();
  });
  return app;
}
