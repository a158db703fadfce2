// Trunk post-build hook (release builds): adds a strict Content-Security-Policy to the
// built index.html. Scripts may only come from the app's own files plus Trunk's inline
// init script, allowed by its hash; no inline styles, no eval, no plugins. Connections:
// the app's own origin (its wasm, a `?src=` dump beside it) and https:// (a `?src=` dump
// elsewhere, fetched only because a link asks for it). `trunk serve` (debug) injects a
// live-reload script, so it is left alone.
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);
const file = join(process.env.TRUNK_STAGING_DIR, 'index.html');
let html = readFileSync(file, 'utf8');
const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
if (inline.length === 0) throw new Error('csp: no inline init script found in index.html');
const hashes = inline.map((s) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`);
export const policy = [
  "default-src 'none'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`,
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self' https:",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');
const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
html = html.replace(/<meta charset="utf-8" \/>/, (m) => `${m}\n    ${meta}`);
if (!html.includes(meta)) throw new Error('csp: could not place the policy after <meta charset>');
writeFileSync(file, html);
