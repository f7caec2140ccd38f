// `npm run parse -- <url> <saved-page.html>`: runs the site adapter for that address on a saved page and prints
// what it read as JSON, each order checked against the model. For bug reports and for building fixtures.
//
// Exit codes: 0 read (even with zero orders or a wall: see `blocked` and `notes`), 1 an order failed validation
// (an adapter bug), 2 usage error, unknown address or unreadable file.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Window } from 'happy-dom';
import { writePageJson } from '../utils/content/page-json';
import { OrderReadSchema, ParcelReadSchema } from '../utils/model';
import { adapterFor } from '../utils/sites/index';
import { PAGE_JSON_ELEMENT_ID, pageJsonRequest } from '../utils/sites/superbuy';

const USAGE = [
  'usage: npm run parse -- <page address> <saved-page.html> [response.json]',
  '  e.g. npm run parse -- https://www.aliexpress.com/p/order/index.html orders.html',
  '  response.json: for a page read from the JSON it loads (Superbuy, AllChinaBuy, Wegobuy: My Parcels, My Warehouse),',
  '  that response as saved from the browser\'s network panel; a saved page carries it only when saved with the extension running',
].join('\n');
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
  if (args.length !== 2 && args.length !== 3) return fail(USAGE);
  const [address, file, responseFile] = args as [string, string, string | undefined];

  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return fail(`not a valid address: ${address}\n${USAGE}`);
  }
  const found = adapterFor(url);
  if (!found) return fail(`no adapter reads ${url.href}: it is not an order page we know (list or detail of a supported site)`);

  const request = pageJsonRequest(url);
  if (responseFile && !request) return fail(`${url.href} is not read from a JSON response: give the saved page only\n${USAGE}`);

  const readText = (name: string): string | { error: string } => {
    try {
      const size = statSync(name).size;
      if (size > MAX_BYTES) return { error: `${name} is too large (${size} bytes; at most ${MAX_BYTES})` };
      return readFileSync(name, 'utf8');
    } catch (error) {
      return { error: `cannot read ${name} (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
    }
  };
  const html = readText(file);
  if (typeof html !== 'string') return fail(html.error);
  const response = responseFile === undefined ? undefined : readText(responseFile);
  if (typeof response === 'object') return fail(response.error);

  const window = inertWindow(url.href);
  try {
    window.document.write(html);
    const doc = window.document as unknown as Document;
    // Where our content script keeps the response the page loaded.
    if (request && response !== undefined) writePageJson(doc, PAGE_JSON_ELEMENT_ID, request, response);
    const { adapter, kind } = found;
    const read = adapter.parse(doc, url);
    const invalid = [
      ...read.orders.flatMap((order, index) => {
        const r = OrderReadSchema.safeParse(order);
        return r.success ? [] : [{ index, orderId: order.orderId, issues: r.error.issues }];
      }),
      ...(read.parcels ?? []).flatMap((parcel, index) => {
        const r = ParcelReadSchema.safeParse(parcel);
        return r.success ? [] : [{ index, parcelId: parcel.parcelId, issues: r.error.issues }];
      }),
    ];
    const report = {
      site: adapter.id,
      kind,
      ...(read.blocked ? { blocked: read.blocked } : {}),
      notes: read.notes,
      orders: read.orders,
      ...(read.parcels ? { parcels: read.parcels } : {}),
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
