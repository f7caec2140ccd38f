// `npm run deadlines -- <orders.json>`: every deadline of the orders in the file, as JSON. The file holds
// an array of orders in the model's form, or `{ orders, now?, userZone? }`; event times may carry any
// offset. For support and for checking a case by hand. Exit codes: 0 printed, 2 usage or bad input.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { deadlineReport } from '../utils/rules/report';

const USAGE = 'usage: npm run deadlines -- <orders.json>';

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

const processIo: Io = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) };

export function main(argv: string[], io: Io = processIo): number {
  const [file] = argv;
  if (!file || argv.length > 1) {
    io.err(`${USAGE}\n`);
    return 2;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    io.err(`cannot read ${file} as JSON: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
  try {
    const report = deadlineReport(raw, { now: new Date(), userZone: Intl.DateTimeFormat().resolvedOptions().timeZone });
    io.out(`${JSON.stringify(report, null, 2)}\n`);
    return 0;
  } catch (e) {
    io.err(e instanceof z.ZodError ? `${file} is not a list of orders:\n${z.prettifyError(e)}\n` : `${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = main(process.argv.slice(2));
