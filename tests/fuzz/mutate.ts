/**
 * Seeded mutations of a saved page, for the adapters' fuzz test: the kinds of damage a redesign, a
 * half-loaded page or a hostile page does. Runs in the browser page (real DOM); no Node APIs.
 */

/** mulberry32: small, fast, and the same sequence for the same seed, so a failure can be replayed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ODD_TEXTS = [
  '',
  ' ',
  '\u0000\u0001\u001f',
  '\u202e\u200f\u200b\ufeff',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '{{constructor.constructor("alert(1)")()}}',
  '__proto__',
  'NaN',
  '1e309',
  '-0',
  '99999999999999999999999999999',
  '0000-00-00 00:00:00',
  '2026-02-30 25:61:61',
  '¥-5.00',
  '￥１２３，４５６．７８',
  '𝟘𝟙𝟚😀👍🏽',
  'é'.normalize('NFD').repeat(50),
  'ÃƒÂ©ÃƒÂ¨ mojibake',
  '\ud800 lone surrogate',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
];

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

function oddText(r: () => number): string {
  const x = r();
  if (x < 0.05) return 'A'.repeat(100_000 + Math.floor(r() * 100_000));
  if (x < 0.1) return Array.from({ length: 50 }, () => String.fromCharCode(Math.floor(r() * 0xffff))).join('');
  return pick(r, ODD_TEXTS);
}

/** Mutates a JSON text the page embeds: a truncation, a flipped character, a poisoned key or value. */
function mutateJson(text: string, r: () => number): string {
  const x = r();
  if (x < 0.2) return text.slice(0, Math.floor(r() * text.length));
  if (x < 0.4) {
    const i = Math.floor(r() * text.length);
    return text.slice(0, i) + pick(r, ['"', '{', '}', ']', '\\', ',', ':', '0']) + text.slice(i + 1);
  }
  if (x < 0.55) return text.replace(/"[^"]{1,40}":/, '"__proto__":');
  if (x < 0.7) return text.replace(/:\s*"[^"]*"/, `:${pick(r, ['null', '[]', '{}', '1e309', '-1', 'true', '"<script>"'])}`);
  if (x < 0.85) return text.replace(/:\s*-?\d+(\.\d+)?/, `:${pick(r, ['"x"', 'null', '12345678901234567890123', '-5', '[]'])}`);
  return text.replace(/\[/, '[' + JSON.stringify({ order_id: null, id: {}, sub_orders: 'x' }) + ',');
}

/** A value in place of another in a JSON response: wrong types, edge numbers, hostile text, floods. */
function oddValue(r: () => number): unknown {
  const x = r();
  if (x < 0.1) return null;
  if (x < 0.2) return [];
  if (x < 0.3) return {};
  if (x < 0.45) return oddText(r);
  if (x < 0.55) return pick(r, [-1, 0, 1.5, 1e308, -1e308, 2 ** 53 + 1, 4102444800, 1710729125000]);
  if (x < 0.65) return pick(r, [true, false]);
  if (x < 0.75) return JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}');
  if (x < 0.85) return Array.from({ length: 300 }, () => pick(r, ['x', 1, null, {}]));
  return { state: 0, data: { order_list: [{ order_no: 'X', items: [{}] }], package: { listResult: [{}] } } };
}

/**
 * Mutates a JSON response a page loaded (kept in the document as text): damage to the text itself
 * (mutateJson) or to its structure: a value replaced by an odd one, a key dropped, an array entry
 * repeated many times, two values swapped.
 */
export function mutatePageJson(text: string, r: () => number): string {
  if (r() < 0.3) return mutateJson(text, r);
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch {
    return mutateJson(text, r);
  }
  const slots: { parent: Record<string, unknown> | unknown[]; key: string | number }[] = [];
  const walk = (v: unknown) => {
    if (slots.length > 5000 || v === null || typeof v !== 'object') return;
    for (const key of Object.keys(v)) {
      const k = Array.isArray(v) ? Number(key) : key;
      slots.push({ parent: v as Record<string, unknown>, key: k });
      walk((v as Record<string | number, unknown>)[k]);
    }
  };
  walk(root);
  if (!slots.length) return JSON.stringify(oddValue(r));
  const steps = 1 + Math.floor(r() * 3);
  for (let s = 0; s < steps; s++) {
    const { parent, key } = pick(r, slots);
    const p = parent as Record<string | number, unknown>;
    const x = r();
    if (x < 0.5) p[key] = oddValue(r);
    else if (x < 0.7) {
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete p[key];
    } else if (x < 0.85 && Array.isArray(parent) && parent.length) {
      const times = r() < 0.2 ? 250 : 1 + Math.floor(r() * 3);
      for (let i = 0; i < times; i++) parent.push(structuredClone(parent[0]));
    } else {
      const other = pick(r, slots);
      const o = other.parent as Record<string | number, unknown>;
      [p[key], o[other.key]] = [o[other.key], p[key]];
    }
  }
  return JSON.stringify(root) ?? '';
}

/** Applies 1–4 random mutations to the document, in place. */
export function mutate(doc: Document, r: () => number): void {
  const steps = 1 + Math.floor(r() * 4);
  for (let s = 0; s < steps; s++) {
    const all = doc.body ? Array.from(doc.body.querySelectorAll('*')) : [];
    const x = r();
    if (!all.length) {
      doc.body?.append(doc.createTextNode(oddText(r)));
      continue;
    }
    const el = pick(r, all);
    if (x < 0.25) {
      el.remove();
    } else if (x < 0.45) {
      // Swap the text of two elements (labels and values trading places).
      const other = pick(r, all);
      const a = el.textContent;
      el.textContent = other.textContent;
      other.textContent = a;
    } else if (x < 0.6) {
      el.textContent = oddText(r);
    } else if (x < 0.72) {
      const attrs = Array.from(el.attributes);
      const attr = attrs.length ? pick(r, attrs) : undefined;
      if (attr) {
        if (r() < 0.3) el.removeAttribute(attr.name);
        else el.setAttribute(attr.name, attr.name === 'data-obj' || attr.value.trimStart().startsWith('{') ? mutateJson(attr.value, r) : oddText(r));
      }
    } else if (x < 0.8) {
      // Embedded data in scripts (Taobao's `var data = JSON.parse('…')`, inline `getData`).
      const scripts = Array.from(doc.querySelectorAll('script'));
      const sc = scripts.length ? pick(r, scripts) : undefined;
      if (sc?.textContent) sc.textContent = mutateJson(sc.textContent, r);
    } else if (x < 0.9) {
      // setAttribute: SVG elements' className is read-only.
      el.setAttribute('class', pick(r, ['', 'x', 'order-item', 'changed-' + Math.floor(r() * 1e6)]));
    } else if (x < 0.97) {
      // A page that repeats a block (infinite scroll, a bug): the same order twice, or many times.
      const times = r() < 0.2 ? 200 : 1 + Math.floor(r() * 3);
      for (let i = 0; i < times; i++) el.parentElement?.append(el.cloneNode(true));
    } else {
      // Everything the page drew is gone (a half-loaded SPA), only the shell stays.
      doc.body.replaceChildren(doc.createElement('div'));
    }
  }
}
