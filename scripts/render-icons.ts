// Renders scripts/icon.svg into the PNG sizes the manifest uses (public/icon/<size>.png).
// Run by hand after editing the SVG: `npx tsx scripts/render-icons.ts`.
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { ensureBrowser } from './lib/browser-path';

const svg = readFileSync(new URL('./icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: ensureBrowser(), args: ['--no-sandbox', '--disable-gpu'] });
for (const size of [16, 32, 48, 128]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<style>html,body{margin:0;background:transparent}</style>${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}`);
  await page.screenshot({ path: `public/icon/${size}.png`, omitBackground: true });
  await page.close();
}
await browser.close();
