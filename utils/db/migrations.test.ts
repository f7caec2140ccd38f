import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import v1 from '../../tests/fixtures/db/v1.json';
import { DeadlineSchema, OrderSchema } from '../model';
import { RadarDB } from './index';
import { CURRENT_VERSION, SCHEMA } from './schema';

/**
 * Saved v1 rows, written through the v1 schema, must come out of every later version intact.
 * A new version adds its expectations here (and a saved-data fixture when it changes rows).
 */
async function seedV1(name: string) {
  const old = new RadarDB(name, SCHEMA.slice(0, 1));
  await old.orders.bulkPut(v1.orders as never);
  await old.deadlines.bulkPut(v1.deadlines as never);
  old.close();
}

describe('migrations from v1', () => {
  it.each(SCHEMA.map((s) => s.version))('v1 data opens at version %i', async (version) => {
    const name = `migrate-${version}-${Math.random()}`;
    await seedV1(name);
    const db = new RadarDB(name, SCHEMA.filter((s) => s.version <= version));
    await db.open();
    expect(db.verno).toBe(version);
    const orders = await db.orders.toArray();
    expect(orders.map((o) => OrderSchema.parse(o))).toEqual(v1.orders);
    const deadlines = await db.deadlines.toArray();
    expect(deadlines.map((d) => DeadlineSchema.parse(d))).toEqual(v1.deadlines);
    await db.delete();
  });

  it('the current schema is the last version', async () => {
    const db = new RadarDB(`current-${Math.random()}`);
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);
    expect(await Dexie.exists(db.name)).toBe(true);
    await db.delete();
  });
});
