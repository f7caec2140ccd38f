import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { renderReport, type ReportInput } from './report';
import type { ManifestItem } from './schema';

const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(2)>',
  "'><svg onload=alert(3)>",
  '</textarea></pre></style><iframe src="javascript:alert(4)">',
  '<a href="javascript:alert(5)">x</a>',
  '&lt;script&gt; already escaped &amp;',
  '{{constructor.constructor("alert(6)")()}}',
];
const evil = (i: number) => `${HOSTILE[i % HOSTILE.length]} #${i}`;

/** Every string field the report shows set to hostile text (URLs too, where the schema lets page text through). */
function hostileInput(lang: 'en' | 'zh'): ReportInput {
  let n = 0;
  const s = () => evil(n++);
  const at = '2026-03-01T08:00:00.000Z';
  const items: ManifestItem[] = [
    { id: 'e1', path: 'evidence/001-photo-x.jpg', kind: 'photo', mime: 'image/jpeg', size: 1, sha256: 'a'.repeat(64), capturedAt: at, caption: s(), fulfils: [s(), s()], source: { type: 'file', name: s(), lastModified: at } },
    { id: 'e2', path: 'evidence/002-screenshot.png', kind: 'screenshot', mime: 'image/png', size: 1, sha256: 'b'.repeat(64), capturedAt: at, caption: s(), source: { type: 'tab_screenshot', url: `https://shop.example/?q=${encodeURIComponent(s())}&"><script>`, title: s(), capturedAt: at, zone: s(), offsetMinutes: 480, area: 'full_page' } },
    { id: 'e3', path: 'evidence/003-qc_photo.jpg', kind: 'qc_photo', mime: 'image/jpeg', size: 1, sha256: 'c'.repeat(64), capturedAt: at, source: { type: 'qc_photo', pageUrl: 'https://agent.example/qc?"onmouseover="alert(7)', imageUrl: 'https://img.example/1.jpg', firstSeenAt: at } },
    { id: 'e4', path: 'evidence/004-chat_log.txt', kind: 'chat_log', mime: 'text/plain', size: 1, sha256: 'd'.repeat(64), capturedAt: at, caption: s(), source: { type: 'pasted_text', from: s(), url: 'https://chat.example/' } },
    { id: 'e5', path: 'evidence/005-tracking.txt', kind: 'tracking', mime: 'text/plain', size: 1, sha256: 'e'.repeat(64), capturedAt: at, source: { type: 'page_text', url: 'https://track.example/', title: s(), capturedAt: at, zone: s(), offsetMinutes: -210 } },
    // A path that is not ours (a caller bypassing the export): shown as text, never as an image source.
    { id: 'e6', path: `javascript:alert(8)//${s()}`, kind: 'photo', mime: 'image/jpeg', size: 1, sha256: 'f'.repeat(64), capturedAt: at, source: { type: 'file', name: s() } },
  ];
  return {
    lang,
    caseId: s(),
    reason: s(),
    order: { site: s(), orderId: s(), url: `javascript:alert(9)//${s()}`, seller: s(), items: [s(), s()], total: s(), status: s(), orderedAt: s() },
    timeline: [
      { at: '2026-03-02T00:00:00.000Z', text: s() },
      { at: s(), text: s() },
    ],
    items,
    draft: { text: s(), channel: s(), sentAt: s() },
    exportedAt: at,
  };
}

describe('report.html', () => {
  for (const lang of ['en', 'zh'] as const) {
    it(`keeps hostile text inert (${lang})`, () => {
      const input = hostileInput(lang);
      const html = renderReport(input);
      const { document } = parseHTML(html);
      expect(document.querySelectorAll('script, iframe, svg, object, embed, textarea, form, base')).toHaveLength(0);
      for (const el of document.querySelectorAll('*')) {
        for (const attr of el.attributes) {
          expect(attr.name, `${el.tagName} ${attr.name}`).not.toMatch(/^on/i);
          if (attr.name === 'href' || attr.name === 'src') expect(attr.value).toMatch(/^(https:\/\/|evidence\/)/);
        }
      }
      expect([...document.querySelectorAll('img')].map((i) => i.getAttribute('src'))).toEqual(['evidence/001-photo-x.jpg', 'evidence/002-screenshot.png', 'evidence/003-qc_photo.jpg']);
      expect(document.querySelectorAll('style')).toHaveLength(1);
      // Every hostile string arrives as readable text, exactly.
      const text = document.body.textContent ?? '';
      const shown = Array.from({ length: 60 }, (_, i) => i).filter((i) => JSON.stringify(input).includes(`#${i}"`));
      expect(shown.length).toBeGreaterThan(25);
      for (const i of shown) expect(text).toContain(evil(i));
      expect(document.documentElement.getAttribute('lang')).toBe(lang === 'zh' ? 'zh-CN' : 'en');
    });
  }

  it('shows the capture time as the user saw it, with the offset recorded', () => {
    const html = renderReport(hostileInput('en'));
    expect(html).toContain('2026-03-01 16:00:00 UTC+08:00');
    expect(html).toContain('2026-03-01 04:30:00 UTC-03:30');
  });

  it('labels in the chosen language', () => {
    expect(renderReport(hostileInput('zh'))).toContain('<h1>证据报告</h1>');
    expect(renderReport(hostileInput('en'))).toContain('<h1>Evidence report</h1>');
  });

  it('prints cleanly: page margins and items kept whole', () => {
    const html = renderReport(hostileInput('en'));
    expect(html).toMatch(/@media print\{[^]*@page\{margin:15mm\}[^]*\.item[^{]*\{break-inside:avoid\}/);
  });
});
