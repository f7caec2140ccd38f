import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * Where a Chromium to load the extension into lives: CHROME_PATH, then Debian's Chromium, then
 * Chrome. Test tools cannot download browsers here, and branded Chrome (137+) ignores
 * --load-extension, so Chromium comes first. On a Debian machine run as root with none installed,
 * Debian's `chromium` is installed, so `npm start` and `npm test` are the whole set-up.
 */
const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

export function findBrowser(): string | undefined {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH is set to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  return CANDIDATES.find((p) => existsSync(p));
}

export function ensureBrowser(): string {
  const found = findBrowser();
  if (found) return found;
  const isDebian = existsSync('/etc/debian_version');
  const isRoot = process.getuid?.() === 0;
  if (isDebian && isRoot) {
    console.log('No Chromium found: installing Debian’s chromium package (apt-get)…');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  throw new Error(
    [
      'No Chromium or Chrome found.',
      isDebian ? 'Install it with: sudo apt-get install chromium' : 'Install Chromium (https://www.chromium.org/getting-involved/download-chromium/) or Google Chrome,',
      'or point CHROME_PATH at a Chromium-based browser.',
    ].join('\n'),
  );
}
