import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCase } from '../case/open';
import { RadarDB } from './index';
import { casesOf, saveCase } from './cases';

let db: RadarDB;
beforeEach(() => {
  db = new RadarDB(`cases-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

const order = {
  site: 'taobao' as const,
  orderId: '4852360405357890001',
  events: [{ kind: 'paid' as const, at: '2026-03-01T02:00:00.000Z', dateOnly: false, zone: 'Asia/Shanghai' }],
};

describe('case storage', () => {
  it('stores cases by order, oldest first, and refuses a malformed one without writing it', async () => {
    const a = openCase({ id: 'case-a', order, reason: 'damaged', now: new Date('2026-03-10T00:00:00Z') });
    const b = openCase({ id: 'case-b', order, reason: 'missing_parts', now: new Date('2026-03-11T00:00:00Z') });
    await saveCase(db, b);
    await saveCase(db, a);
    expect((await casesOf(db, 'taobao', order.orderId)).map((c) => c.id)).toEqual(['case-a', 'case-b']);
    await expect(saveCase(db, { ...a, reason: 'bored' as never })).rejects.toThrow();
    expect((await db.cases.get('case-a'))?.reason).toBe('damaged');
  });
});
