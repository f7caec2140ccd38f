import { describe, expect, it } from 'vitest';
import en from '../public/_locales/en/messages.json';
import zhCN from '../public/_locales/zh_CN/messages.json';
import { pickLang, translate } from './i18n';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('i18n', () => {
  it('both languages have exactly the same keys', () => {
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(en).sort());
  });

  it('translations keep every placeholder', () => {
    for (const [key, { message }] of Object.entries(en)) {
      expect(placeholders((zhCN as Record<string, { message: string }>)[key]!.message), key).toEqual(placeholders(message));
    }
  });

  it('no message is empty', () => {
    for (const cat of [en, zhCN]) for (const [k, v] of Object.entries(cat)) expect(v.message.trim(), k).not.toBe('');
  });

  it('fills placeholders and picks the language', () => {
    expect(translate('en', 'leftDaysHours', { days: 2, hours: 5 })).toBe('2 d 5 h left');
    expect(translate('zh_CN', 'leftDaysHours', { days: 2, hours: 5 })).toBe('剩余 2 天 5 小时');
    expect(pickLang('zh-CN')).toBe('zh_CN');
    expect(pickLang('zh-TW')).toBe('zh_CN');
    expect(pickLang('en-GB')).toBe('en');
    expect(pickLang(undefined)).toBe('en');
  });
});
