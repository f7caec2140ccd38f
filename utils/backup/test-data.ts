import { openCase } from '../case/open';
import { saveCase } from '../db/cases';
import type { RadarDB } from '../db/index';
import { changeOverrides, saveOrderRead } from '../db/orders';
import { saveParcelRead } from '../db/parcels';
import { addEvidence, type StorageProbe } from '../evidence/store';
import type { OrderRead, ParcelRead } from '../model';
import { DEFAULT_SETTINGS, type Settings } from '../settings';
import { exportBackup } from './export';

/** Shared by the backup tests: a database with one of everything, and ways to look at it whole. */

export const USER_ZONE = 'Europe/London';
export const plenty: StorageProbe = { estimate: async () => ({ quota: 10 ** 12, usage: 0 }) };
export const SETTINGS: Settings = { ...DEFAULT_SETTINGS, leadHours: [168, 6], quietFrom: 23, quietTo: 7, language: 'zh_CN', displayZone: 'Asia/Shanghai', disabledSites: ['weidian'] };

export const aliexpress = (orderId: string, over: Partial<OrderRead> = {}): OrderRead => ({
  site: 'aliexpress',
  orderId,
  url: `https://www.aliexpress.com/p/order/detail.html?orderId=${orderId}`,
  seller: { name: 'Lumen Outdoor' },
  items: [{ title: `Water bag ${orderId}`, quantity: 1 }],
  status: 'shipped',
  events: [{ kind: 'seller_shipped', at: '2026-03-01T06:00:00.000Z', dateOnly: false, zone: 'America/Los_Angeles' }],
  tracking: [{ number: 'LP00123456789012' }],
  protectionDays: 60,
  pageDeadlines: [],
  missing: [],
  ...over,
});

const mulebuy = (orderId: string): OrderRead => ({
  site: 'mulebuy',
  orderId,
  url: `https://mulebuy.com/my-account/orders/${orderId}`,
  items: [{ title: 'Hoodie', marketplace: { site: 'weidian', itemId: '7312000101' } }],
  status: 'delivered',
  events: [{ kind: 'warehouse_stored', at: '2026-05-01T02:00:00.000Z', dateOnly: false, zone: 'Asia/Shanghai' }],
  tracking: [],
  pageDeadlines: [],
  agent: { family: 'cnfans', host: 'mulebuy.com' },
  marketplace: { site: 'weidian' },
  missing: [],
});

const parcel: ParcelRead = {
  site: 'mulebuy',
  parcelId: 'PN2026050001',
  url: 'https://mulebuy.com/my-account/parcels/',
  status: 'shipped',
  orderIds: ['MB100001'],
  tracking: [{ number: 'LX123456789CN', carrier: 'EMS' }],
  events: [{ kind: 'intl_shipped', at: '2026-05-12T03:00:00.000Z', dateOnly: false, zone: 'Asia/Shanghai' }],
  missing: [],
};

/**
 * Orders of two kinds with a correction, a parcel, a mark, a case with three evidence items (two
 * share their bytes), a reminder shown. `n` varies every key, so two seeded databases differ.
 */
export async function seed(db: RadarDB, n = 1): Promise<void> {
  const at = { now: new Date('2026-03-02T00:00:00Z'), userZone: USER_ZONE };
  const first = `300000000000000${n}`;
  await saveOrderRead(db, aliexpress(first), at);
  await saveOrderRead(db, aliexpress(`300000000000001${n}`, { status: 'delivered', events: [] }), at);
  await changeOverrides(db, ['aliexpress', first], { set: 'duration', ruleId: 'ae.protection.end', duration: { amount: 75, unit: 'days' } }, { userZone: USER_ZONE });
  await saveOrderRead(db, mulebuy(`MB10000${n}`), at);
  await saveParcelRead(db, { ...parcel, orderIds: [`MB10000${n}`], parcelId: `PN202605000${n}` }, at);
  await db.marks.put({ id: `aliexpress:${first}:ae.dispute.opens`, state: 'done', at: '2026-03-03T00:00:00.000Z' });
  const kase = openCase({ id: `case-${n}`, order: aliexpress(first), reason: 'damaged', now: new Date('2026-03-04T00:00:00Z') });
  await saveCase(db, { ...kase, notes: 'Torn seam; 撕裂' }, new Date('2026-03-04T00:00:00Z'));
  const file = { type: 'file' as const, name: 'IMG_1.jpg' };
  const stamp = { storage: plenty, now: new Date('2026-03-05T00:00:00Z') };
  await addEvidence(db, new Blob([`jpeg bytes ${n}`], { type: 'image/jpeg' }), { caseId: kase.id, kind: 'photo', source: file, caption: 'front' }, stamp);
  await addEvidence(db, new Blob([`jpeg bytes ${n}`], { type: 'image/jpeg' }), { caseId: kase.id, kind: 'photo', source: { ...file, name: 'copy.jpg' } }, stamp);
  await addEvidence(db, new Blob([`chat ${n}: 亲，您好`], { type: 'text/plain' }), { caseId: kase.id, kind: 'chat_log', source: { type: 'pasted_text', from: 'seller chat' } }, stamp);
  await db.reminders.put({ key: `aliexpress:${first}:ae.dispute.opens|72h|2026-03-11T06:00:00.000Z`, firedAt: '2026-03-08T06:00:00.000Z', dueAt: '2026-03-11T06:00:00.000Z' });
}

/** Every table, blobs as their bytes and type, in key order: two snapshots are equal only if the database is. */
export async function snapshot(db: RadarDB): Promise<Record<string, unknown[]>> {
  const rows = await db.transaction('r', db.tables, () => Promise.all(db.tables.map((t) => t.toArray())));
  const out: Record<string, unknown[]> = {};
  for (const [i, table] of db.tables.entries()) {
    out[table.name] =
      table.name === 'evidenceBlobs'
        ? await Promise.all((rows[i] as { id: string; blob: Blob }[]).map(async ({ id, blob }) => ({ id, type: blob.type, bytes: Buffer.from(await blob.arrayBuffer()).toString('base64') })))
        : rows[i]!;
  }
  return out;
}

/** A backup of `db` as bytes. */
export async function backupBytes(db: RadarDB): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  await exportBackup(db, SETTINGS, new WritableStream({ write: (c) => void chunks.push(c) }), { now: new Date('2026-03-10T00:00:00Z') });
  return new Uint8Array(Buffer.concat(chunks));
}
