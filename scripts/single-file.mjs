// Trunk post-build hook (release builds), also run by `scripts/single-file`: writes
// palabre.html, the whole app in one file that works when opened from disk (file://),
// with no server. The stylesheet, the favicon, the wasm-bindgen glue and the wasm (base64)
// are inlined; the wasm is instantiated from those bytes, since browsers refuse to fetch
// file:// URLs. Its own Content-Security-Policy allows exactly the inlined script and
// style (by hash), compiling wasm, https:// for `?src=`, and nothing else.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!process.argv[2] && process.env.TRUNK_PROFILE !== 'release') process.exit(0);
// Built files are found by name, not through the built index.html, which the CSP hook
// may be rewriting at the same moment; the page's metadata comes from the source.
const index = readFileSync(fileURLToPath(new URL('../index.html', import.meta.url)), 'utf8');
const files = readdirSync(dir);
function asset(pattern, what) {
  const found = files.filter((f) => pattern.test(f));
  if (found.length !== 1) throw new Error(`single-file: expected one ${what}, found ${found.length}`);
  return found[0];
}
const cssFile = asset(/^app-[0-9a-f]+\.css$/, 'stylesheet');
const iconFile = asset(/^favicon-[0-9a-f]+\.svg$/, 'icon');
const jsFile = asset(/^palabre-app-[0-9a-f]+\.js$/, 'wasm-bindgen glue');
const wasmFile = asset(/^palabre-app-[0-9a-f]+_bg\.wasm$/, 'wasm');

const css = readFileSync(join(dir, cssFile), 'utf8');
if (css.includes('</')) throw new Error('single-file: the stylesheet contains "</"');
const icon = readFileSync(join(dir, iconFile)).toString('base64');
const wasm = readFileSync(join(dir, wasmFile)).toString('base64');
let glue = readFileSync(join(dir, jsFile), 'utf8');
if (/^\s*import\s/m.test(glue)) throw new Error('single-file: the glue imports other files (snippets?)');
// An inline module cannot be imported from: its exports become plain declarations.
glue = glue
  .replace(/^export \{[^}]*\};?\s*$/gm, '')
  .replace(/^export (default )?(?=(async )?function|class|const|let|var)/gm, '');
if (/^export\b/m.test(glue)) throw new Error('single-file: an export was left in the glue');
if (glue.includes('</script')) throw new Error('single-file: the glue contains "</script"');

const script = `${glue}
const bytes = Uint8Array.from(atob('${wasm}'), (c) => c.charCodeAt(0));
await __wbg_init({ module_or_path: bytes });
`;
const sha = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const policy = [
  "default-src 'none'",
  `script-src ${sha(script)} 'wasm-unsafe-eval'`,
  `style-src ${sha(css)}`,
  'img-src data:',
  'connect-src https:',
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

const head = index.match(/<head>([\s\S]*?)<\/head>/)[1];
const meta = (name) => head.match(new RegExp(`<meta name="${name}"[^>]*>`))?.[0] ?? '';
const title = head.match(/<title>[\s\S]*?<\/title>/)[0];
const html = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="Content-Security-Policy" content="${policy}" />
    ${meta('viewport')}
    ${meta('referrer')}
    ${meta('description')}
    ${title}
    <link rel="icon" href="data:image/svg+xml;base64,${icon}" />
    <style>${css}</style>
    <script type="module">${script}</script>
  </head>
  <body>
    <noscript>palabre needs JavaScript and WebAssembly to open a dump.</noscript>
  </body>
</html>
`;
writeFileSync(join(dir, 'palabre.html'), html);
