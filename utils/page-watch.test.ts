// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { whenReady } from './page-watch';

const has = (sel: string) => () => document.querySelector(sel) !== null;

describe('whenReady', () => {
  it('resolves at once when the page is already drawn', async () => {
    document.body.innerHTML = '<div class="order-item"></div>';
    expect(await whenReady(document, has('.order-item'), { timeoutMs: 50 })).toBe(true);
  });

  it('waits for an SPA to draw, without a fixed sleep', async () => {
    document.body.innerHTML = '<div id="root"></div>';
    const started = Date.now();
    const p = whenReady(document, has('.late'), { timeoutMs: 5000 });
    setTimeout(() => document.getElementById('root')!.append(Object.assign(document.createElement('div'), { className: 'late' })), 20);
    expect(await p).toBe(true);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('gives up after its bound', async () => {
    document.body.innerHTML = '';
    expect(await whenReady(document, has('.never'), { timeoutMs: 30 })).toBe(false);
  });

  it('stops when aborted', async () => {
    const ctl = new AbortController();
    const p = whenReady(document, has('.never'), { timeoutMs: 5000, signal: ctl.signal });
    ctl.abort();
    expect(await p).toBe(false);
  });

  it('a readiness check that throws counts as not ready', async () => {
    expect(await whenReady(document, () => { throw new Error('layout changed'); }, { timeoutMs: 20 })).toBe(false);
  });
});
