import { browser } from 'wxt/browser';

export interface TabShot {
  blob: Blob;
  url: string;
  title: string;
}

/**
 * The visible area of the active tab in this window, as PNG bytes, with its address and title.
 * Needs the activeTab grant the browser gives when the user clicks our toolbar icon on that page
 * (we ask for no host access to capture arbitrary tabs); without it this throws `NeedsActiveTab`.
 */
export async function captureActiveTab(windowId: number | undefined): Promise<TabShot> {
  const [tab] = await browser.tabs.query({ active: true, ...(windowId === undefined ? { lastFocusedWindow: true } : { windowId }) });
  if (!tab?.url || !/^https?:/.test(tab.url)) throw new NeedsActiveTab();
  let dataUrl: string;
  try {
    dataUrl = await browser.tabs.captureVisibleTab(tab.windowId, { format: 'png' });
  } catch (e) {
    if (/activeTab|all_urls|permission/i.test(String(e))) throw new NeedsActiveTab();
    throw e;
  }
  const blob = await (await fetch(dataUrl)).blob();
  return { blob, url: tab.url, title: (tab.title ?? '').slice(0, 500) };
}

export class NeedsActiveTab extends Error {
  override readonly name = 'NeedsActiveTab';
  constructor() {
    super('the browser allows a screenshot only after the toolbar icon was clicked on that page');
  }
}
