import { browser } from 'wxt/browser';
import type { OverrideMessage, Reply } from '../messages';

/** Asks the background (the only writer) to store a correction; resolves to its reply. */
export function sendOverride(msg: Omit<OverrideMessage, 'type'>): Promise<Reply> {
  return browser.runtime.sendMessage({ type: 'order.override', ...msg } satisfies OverrideMessage) as Promise<Reply>;
}
