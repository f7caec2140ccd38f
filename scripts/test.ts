// `npm test`: unit tests, then the built extension end to end in Chromium (found or installed first).
import { ensureBrowser } from './lib/browser-path';
import { run } from './lib/run';

const chrome = ensureBrowser();
run('vitest', ['run']);
run('wxt', ['build']);
run('playwright', ['test'], { CHROME_PATH: chrome });
