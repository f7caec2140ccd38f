import { describe, expect, it } from 'vitest';
import { qcPhotosToAdd } from './qc';

const seenAt = '2026-03-01T00:00:00.000Z';

describe('QC photos to add to a case', () => {
  it('lists the photos not yet added and the origins to ask for, each once', () => {
    const items = [
      { title: 'Jacket', qcPhotos: [{ url: 'https://img.example-agent.com/qc/1.jpg', seenAt }, { url: 'https://img.example-agent.com/qc/2.jpg', seenAt }] },
      { title: 'Cap', qcPhotos: [{ url: 'https://cdn.example.net/qc/3.jpg?x=1', seenAt }] },
      { title: 'Socks' },
    ];
    const added = [{ source: { type: 'qc_photo' as const, pageUrl: 'https://www.example-agent.com/order', imageUrl: 'https://img.example-agent.com/qc/1.jpg', firstSeenAt: seenAt } }];
    const { photos, origins } = qcPhotosToAdd(items, added);
    expect(photos.map((p) => [p.itemTitle, p.photo.url])).toEqual([
      ['Jacket', 'https://img.example-agent.com/qc/2.jpg'],
      ['Cap', 'https://cdn.example.net/qc/3.jpg?x=1'],
    ]);
    expect(origins).toEqual(['https://img.example-agent.com/*', 'https://cdn.example.net/*']);
  });

  it('asks for nothing when every photo is in', () => {
    expect(qcPhotosToAdd([{ title: 'Cap' }], [])).toEqual({ photos: [], origins: [] });
  });
});
