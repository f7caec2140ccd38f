import { browser } from 'wxt/browser';
import { SELECTION_KEY, SelectionSchema, type Selection } from '../messages';

/**
 * Opens the side panel (Chromium) or sidebar (Firefox) on one order. Must be called straight from a
 * click handler, before any `await`: both browsers only open panels inside a user gesture.
 * `sidePanel` has no polyfill wrapper (mozilla/webextension-polyfill#583), hence the feature checks.
 */
export function openCasePanel(selection: Selection, windowId: number | undefined): Promise<void> {
  return Promise.all([openPanel(windowId === undefined ? undefined : { windowId }), browser.storage.session.set({ [SELECTION_KEY]: selection })]).then(() => undefined);
}

/** The browser's panel: Chromium's side panel in a window or tab, else Firefox's sidebar. Synchronous up to the open call. */
function openPanel(where: { windowId: number } | { tabId: number } | undefined): Promise<void> | undefined {
  const sidePanel = (globalThis as { chrome?: typeof browser }).chrome?.sidePanel;
  return sidePanel && where ? sidePanel.open(where) : (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction?.open();
}

/**
 * Opens the side panel on an order from a click on its page badge, relayed by the background. Called
 * synchronously in the message listener: Chromium passes the click's user gesture along with the
 * message. Firefox does not, so there the sidebar only switches to the order if it is already open.
 */
export function openPanelFromPage(tabId: number, selection: Selection): void {
  Promise.resolve(openPanel({ tabId })).catch((e: unknown) => console.debug('[refund-radar] side panel did not open', e));
  void browser.storage.session.set({ [SELECTION_KEY]: selection });
}

/** Shows another order in the panel that is already open (after adding one by hand). */
export function selectOrder(selection: Selection): Promise<void> {
  return browser.storage.session.set({ [SELECTION_KEY]: selection });
}

/** Opens the panel with no order chosen: its empty state offers to add one by hand. */
export function openEmptyPanel(windowId: number | undefined): Promise<void> {
  return Promise.all([openPanel(windowId === undefined ? undefined : { windowId }), browser.storage.session.remove(SELECTION_KEY)]).then(() => undefined);
}

export async function readSelection(): Promise<Selection | undefined> {
  const got = await browser.storage.session.get(SELECTION_KEY);
  const parsed = SelectionSchema.safeParse(got[SELECTION_KEY]);
  return parsed.success ? parsed.data : undefined;
}

export function watchSelection(onChange: (s: Selection | undefined) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'session' || !(SELECTION_KEY in changes)) return;
    const parsed = SelectionSchema.safeParse(changes[SELECTION_KEY]?.newValue);
    onChange(parsed.success ? parsed.data : undefined);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
