import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from './parse';

const FIXTURES = path.resolve(__dirname, '../tests/fixtures/aliexpress');
const LIST = 'https://www.aliexpress.com/p/order/index.html';

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

describe('npm run parse', () => {
  it('prints the orders of a saved page as JSON', async () => {
    const r = await run(LIST, path.join(FIXTURES, 'list-current-1.html'));
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const report = JSON.parse(r.out);
    expect(report.site).toBe('aliexpress');
    expect(report.kind).toBe('list');
    expect(report.invalid).toEqual([]);
    expect(report.notes).toEqual([]);
    expect(report.orders.map((o: { orderId: string }) => o.orderId)).toEqual(['3071845526021947', '3070112345678901', '3071845526141947', '3069987654321098']);
    expect(report).not.toHaveProperty('blocked');
  });

  it('reports a wall and page notes', async () => {
    const captcha = JSON.parse((await run(LIST, path.join(FIXTURES, 'captcha.html'))).out);
    expect(captcha.blocked).toBe('captcha');
    expect(captcha.orders).toEqual([]);
    const changed = JSON.parse((await run('--', LIST, path.join(FIXTURES, 'list-current-changed-layout.html'))).out);
    expect(changed.notes).toEqual(['order card 3: no order id found; skipped']);
    expect(changed.orders[0].missing).toEqual(['items[0].unitPrice', 'total']);
  });

  it('reads a parcel or warehouse page with the JSON response it loaded, and prints its parcels', async () => {
    const superbuy = path.resolve(__dirname, '../tests/fixtures/superbuy');
    const address = 'https://www.superbuy.com/en/page/account/myparcel/';
    const r = await run(address, path.join(superbuy, 'parcels-superbuy-shipped.html'), path.join(superbuy, 'parcels-superbuy-shipped.response.json'));
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out);
    expect(report).toMatchObject({ site: 'superbuy', kind: 'parcel', orders: [], notes: [], invalid: [] });
    expect(report.parcels.map((p: { parcelId: string }) => p.parcelId)).toEqual(['PN24032200001234', 'PN24032600005678']);
    // Without it, the page says what it waited for.
    const alone = JSON.parse((await run(address, path.join(superbuy, 'parcels-superbuy-shipped.html'))).out);
    expect(alone).toMatchObject({ kind: 'parcel', parcels: [], notes: ['the data this page loads (front.superbuy.com/package/package/list) was not seen; nothing read'] });
    const warehouse = JSON.parse((await run('https://www.superbuy.com/account/parcel/', path.join(superbuy, 'warehouse-superbuy-free-storage.html'), path.join(superbuy, 'warehouse-superbuy-free-storage.response.json'))).out);
    expect(warehouse.orders.map((o: { orderId: string }) => o.orderId)).toEqual(['DO24031512345678', 'DO24031800007777']);
    // A list is not read from JSON: a third argument there is a mistake.
    const wrong = await run(LIST, path.join(FIXTURES, 'list-current-1.html'), path.join(superbuy, 'parcels-superbuy-shipped.response.json'));
    expect(wrong.code).toBe(2);
    expect(wrong.err).toMatch(/is not read from a JSON response/);
  });

  it('runs no script of the saved page', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'rr-parse-'));
    const file = path.join(dir, 'evil.html');
    writeFileSync(file, '<html><body><div class="order-empty"></div><script>document.body.innerHTML = "gone"</script></body></html>');
    const report = JSON.parse((await run(LIST, file)).out);
    // Had the script run, the empty state would be gone and the page would carry a "no order cards" note.
    expect(report.notes).toEqual([]);
  });

  it('exits 2 with a message for an unknown address, a bad address, a missing file or wrong arguments', async () => {
    const unknown = await run('https://example.com/orders', path.join(FIXTURES, 'list-current-1.html'));
    expect(unknown).toMatchObject({ code: 2, out: '' });
    expect(unknown.err).toMatch(/no adapter reads https:\/\/example\.com\/orders/);
    const bad = await run('not a url', path.join(FIXTURES, 'list-current-1.html'));
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/not a valid address/);
    const missing = await run(LIST, path.join(FIXTURES, 'no-such-page.html'));
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/cannot read .*no-such-page\.html \(ENOENT\)/);
    const dir = await run(LIST, FIXTURES);
    expect(dir.code).toBe(2);
    expect(dir.err).toMatch(/cannot read/);
    const none = await run();
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/usage: npm run parse/);
  });

  // Two cold starts of tsx, which load every adapter: seconds on a busy two-core machine.
  it('works as a command (exit code and stdout)', { timeout: 60_000 }, () => {
    const ok = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/parse.ts', LIST, path.join(FIXTURES, 'list-current-empty.html')], { encoding: 'utf8', cwd: path.resolve(__dirname, '..') });
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout)).toEqual({ site: 'aliexpress', kind: 'list', notes: [], orders: [], invalid: [] });
    const bad = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/parse.ts', 'https://example.com/', 'x.html'], { encoding: 'utf8', cwd: path.resolve(__dirname, '..') });
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/no adapter reads/);
  });
});
