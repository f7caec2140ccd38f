import { browser } from 'wxt/browser';
import { readSettings, SettingsSchema, type Settings } from '../settings';

const KEY = 'settings';

export async function loadSettings(): Promise<Settings> {
  const got = await browser.storage.local.get(KEY);
  return readSettings(got[KEY]);
}

export async function saveSettings(s: Settings): Promise<void> {
  await browser.storage.local.set({ [KEY]: SettingsSchema.parse(s) });
}

export function watchSettings(onChange: (s: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) onChange(readSettings(changes[KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
