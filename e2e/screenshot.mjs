// Remakes the README's pictures from the release build: `scripts/screenshot` (after a build).
import { serve, launch } from './serve.mjs';
import { newcomerPath, repo } from './flows.mjs';

const server = await serve(`${repo}dist`);
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme: 'light' });
  const wanted = { screenshot: 'docs/screenshot.png', threads: 'docs/threads.png' };
  await newcomerPath(page, server.url, {
    shot: async (name) => {
      if (!wanted[name]) return;
      await page.screenshot({ path: `${repo}${wanted[name]}` });
      console.log(`wrote ${wanted[name]}`);
    },
  });
  // The same view in the dark theme, on a phone.
  const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, colorScheme: 'dark' });
  await phone.goto(server.url);
  await phone.locator('[data-file-input]').setInputFiles(`${repo}tests/fixtures/000_0a401290472b4421.txt`);
  await phone.locator('[data-entry]').nth(132).waitFor();
  await phone.locator('[data-tab-button="timeline"]').click();
  await phone.screenshot({ path: `${repo}docs/phone-dark.png` });
  console.log('wrote docs/phone-dark.png');
} finally {
  await browser.close();
  await server.close();
}
