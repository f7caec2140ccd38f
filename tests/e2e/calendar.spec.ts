import ICAL from 'ical.js';
import { readFileSync } from 'node:fs';
import { readTable } from '../../scripts/lib/extension-browser';
import type { Deadline } from '../../utils/model';
import { expect, fixturePage, openExtensionPage, servePages, test } from './fixtures';

const listOld = fixturePage('aliexpress', 'list-old-1');

test('the popup exports every upcoming deadline as an .ics file a calendar reads', async ({ ext }) => {
  await servePages(ext.context, [listOld]);
  const tab = await ext.context.newPage();
  await tab.goto(listOld.url);
  await expect.poll(async () => (await readTable<Deadline>(ext.worker, 'deadlines')).some((d) => d.basis === 'page')).toBe(true);
  const upcoming = (await readTable<Deadline>(ext.worker, 'deadlines')).filter((d) => d.dueAt && Date.parse(d.dueAt) > Date.now());

  const popup = await openExtensionPage(ext, 'popup');
  const download = popup.waitForEvent('download');
  await popup.getByRole('button', { name: 'Export to calendar (.ics)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('refund-radar-deadlines.ics');
  const ics = readFileSync((await file.path())!, 'utf8');
  const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
  expect(events.map((e) => e.uid).sort()).toEqual(upcoming.map((d) => `${d.id}@refund-radar.app`).sort());
  // The page's countdown counts from when the page loaded: re-reads of the open tab do not move it.
  const protection = events.find((e) => e.uid.startsWith('aliexpress:8012345678901234:ae.protection.end'))!;
  expect(protection.endDate.toJSDate().toISOString()).toBe(upcoming.find((d) => d.ruleId === 'ae.protection.end')!.dueAt);
  await expect(popup.getByRole('status')).toHaveText(`${upcoming.length} deadlines exported`);
});
