// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { orderAnchors } from './anchors';

const doc = (body: string) => new DOMParser().parseFromString(`<!DOCTYPE html><html><body>${body}</body></html>`, 'text/html');

describe('orderAnchors', () => {
  it('finds the element that shows each order number, the first time it is shown', () => {
    const d = doc(`
      <div class="card"><span class="info">Order ID: 3071845526021947 <a>Copy</a></span><a href="/detail?orderId=3071845526021947">3071845526021947</a></div>
      <div class="card"><p>订单编号：4123456789012345678</p></div>`);
    const found = orderAnchors(d, ['3071845526021947', '4123456789012345678', '9999999999']);
    expect(found.get('3071845526021947')?.className).toBe('info');
    expect(found.get('4123456789012345678')?.tagName).toBe('P');
    expect(found.has('9999999999')).toBe(false);
  });

  it('matches whole numbers only, and never inside scripts, inputs or our own badges', () => {
    const d = doc(`
      <script>var id = "3071845526021947";</script>
      <input value="3071845526021947"><textarea>3071845526021947</textarea>
      <refund-radar-badge>3071845526021947</refund-radar-badge>
      <span id="longer">13071845526021947</span>
      <span id="real">#3071845526021947</span>`);
    expect(orderAnchors(d, ['3071845526021947']).get('3071845526021947')?.id).toBe('real');
  });

  it('finds nothing on an empty page or for no ids', () => {
    expect(orderAnchors(doc(''), ['3071845526021947']).size).toBe(0);
    expect(orderAnchors(doc('<p>3071845526021947</p>'), []).size).toBe(0);
  });
});
