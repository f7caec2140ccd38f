import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ZipPathSchema, type EvidenceRecord } from './schema';
import { zipPaths } from './zip-names';

const file = (name: string, mime = 'image/jpeg'): Pick<EvidenceRecord, 'kind' | 'mime' | 'source'> => ({ kind: 'photo', mime, source: { type: 'file', name } });

describe('zipPaths', () => {
  it('keeps names recognisable: index, kind, ASCII stem, extension', () => {
    expect(
      zipPaths([
        file('IMG_2034.JPG'),
        file('Crème brûlée 照片.png', 'image/png'),
        { kind: 'screenshot', mime: 'image/png', source: { type: 'tab_screenshot', url: 'https://www.aliexpress.com/p/order/detail.html?orderId=1', title: 't', capturedAt: '2026-03-01T00:00:00.000Z', zone: 'UTC', offsetMinutes: 0, area: 'visible' } },
        { kind: 'chat_log', mime: 'text/plain', source: { type: 'pasted_text', from: 'chat' } },
      ]),
    ).toEqual(['evidence/001-photo-IMG_2034.jpg', 'evidence/002-photo-Creme-brulee.png', 'evidence/003-screenshot-aliexpress.com.png', 'evidence/004-chat_log.txt']);
  });

  it('never escapes the folder and never collides, whatever the names', () => {
    const names = ['../../etc/passwd', '..\\..\\win.ini', 'C:\\x.jpg', '/abs/path.jpg', '.hidden', '..', 'a/../../b.jpg', '\u0000.jpg', 'same.jpg', 'SAME.jpg', 'same.jpg'];
    const paths = zipPaths(names.map((n) => file(n)));
    for (const p of paths) expect(ZipPathSchema.safeParse(p).success, p).toBe(true);
    expect(new Set(paths.map((p) => p.toLowerCase())).size).toBe(paths.length);
  });

  it('holds for any file name', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 300 }), { minLength: 1, maxLength: 20 }), (names) => {
        const paths = zipPaths(names.map((n) => file(n)));
        return paths.every((p) => ZipPathSchema.safeParse(p).success) && new Set(paths.map((p) => p.toLowerCase())).size === paths.length;
      }),
    );
  });
});
