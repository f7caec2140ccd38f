import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from './deadlines';

function capture(argv: string[]) {
  let out = '';
  let err = '';
  const code = main(argv, {
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
  });
  return { code, out, err };
}

describe('npm run deadlines', () => {
  it('prints every deadline of the orders in a file', () => {
    const r = capture(['tests/fixtures/deadlines/aliexpress-orders.json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out);
    expect(report.deadlines.map((d: { ruleId: string }) => d.ruleId)).toContain('ae.protection.end');
  });

  it.each([
    ['no file named', [], /usage/],
    ['a missing file', ['/nonexistent/orders.json'], /cannot read/],
  ])('%s exits 2', (_n, argv, msg) => {
    const r = capture(argv);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(msg);
  });

  it('a file that is not orders exits 2 and says what is wrong', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'rr-deadlines-'));
    const file = path.join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify([{ site: 'aliexpress' }]));
    const r = capture([file]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/not a list of orders[\s\S]*orderId/);
  });
});
