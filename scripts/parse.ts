// `npm run parse -- <url> <saved-page.html>`: runs the site adapter for that address on a saved page and prints
// what it read as JSON, each order checked against the model. For bug reports and for building fixtures.
//
// Exit codes: 0 read (even with zero orders or a wall: see `blocked` and `notes`), 1 an order failed validation
// (an adapter bug), 2 usage error, unknown address or unreadable file.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Window } from 'happy-dom';
import { OrderReadSchema } from '../utils/model';
import { adapterFor } from '../utils/sites/index';

const USAGE = 'usage: npm run parse -- <page address> <saved-page.html>\n  e.g. npm run parse -- https://www.aliexpress.com/p/order/index.html orders.html';
const MAX_BYTES = 64 * 1024 * 1024;

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

const processIo: Io = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
};

/** A window that only builds the DOM: no scripts run or load, no styles, images, frames or navigation. */
function inertWindow(url: string): Window {
  return new Window({
    url,
    settings: {
      enableJavaScriptEvaluation: false,
      disableJavaScriptFileLoading: true,
      enableCSSFileLoading: false,
      enableImageFileLoading: false,
      enableIframePageLoading: false,
      handleDisabledFileLoadingAsSuccess: true,
      disableComputedStyleRendering: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true, disableFallbackToSetURL: true },
    },
  });
}

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const fail = (message: string) => {
    io.err(`${message}\n`);
    return 2;
  };
  const args = argv.filter((a) => a !== '--');
  if (args.includes('-h') || args.includes('--help')) {
    io.out(`${USAGE}\n`);
    return 0;
  }
  if (args.length !== 2) return fail(USAGE);
  const [address, file] = args as [string, string];

  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return fail(`not a valid address: ${address}\n${USAGE}`);
  }
  const found = adapterFor(url);
  if (!found) return fail(`no adapter reads ${url.href}: it is not an order page we know (list or detail of a supported site)`);

  let html: string;
  try {
    const size = statSync(file).size;
    if (size > MAX_BYTES) return fail(`${file} is too large (${size} bytes; at most ${MAX_BYTES})`);
    html = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    return fail(`cannot read ${file} (${code})`);
  }

  const window = inertWindow(url.href);
  try {
    window.document.write(html);
    const { adapter, kind } = found;
    const read = adapter.parse(window.document as unknown as Document, url);
    const invalid = read.orders.flatMap((order, index) => {
      const r = OrderReadSchema.safeParse(order);
      return r.success ? [] : [{ index, orderId: order.orderId, issues: r.error.issues }];
    });
    const report = {
      site: adapter.id,
      kind,
      ...(read.blocked ? { blocked: read.blocked } : {}),
      notes: read.notes,
      orders: read.orders,
      invalid,
    };
    io.out(`${JSON.stringify(report, null, 2)}\n`);
    return invalid.length ? 1 : 0;
  } finally {
    await window.happyDOM.close();
  }
}

const invokedDirectly = process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (invokedDirectly) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`parse failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(2);
    },
  );
}
