// Remakes docs/screenshot.png from the release build: `scripts/screenshot` (after a build).
import { fileURLToPath } from 'node:url';
import { serve, launch } from './serve.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
const server = await serve(`${repo}dist`);
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 }, colorScheme: 'light' });
  await page.goto(server.url);
  await page.locator('[data-file-input]').setInputFiles(`${repo}tests/fixtures/000_0a401290472b4421.txt`);
  await page.locator('[data-entry]').nth(132).waitFor();
  await page.screenshot({ path: `${repo}docs/screenshot.png` });
  console.log('wrote docs/screenshot.png');
  // Threads, with the post author's entries highlighted.
  await page.locator('[data-entry="4"] [data-author]').click();
  await page.locator('[data-entry="8"]').evaluate((e) => e.scrollIntoView({ block: 'start' }));
  await page.evaluate(() => window.scrollBy(0, -110));
  await page.mouse.move(0, 0);
  await page.screenshot({ path: `${repo}docs/threads.png` });
  console.log('wrote docs/threads.png');
} finally {
  await browser.close();
  await server.close();
}
