import { describe, expect, it } from 'vitest';
import { parseYuan } from './yuan';

describe('parseYuan', () => {
  const cases: [string, number, string | null, string][] = [
    ['¥128.00', 128, 'CNY', '¥128.00'],
    ['￥1,280.50', 1280.5, 'CNY', '￥1,280.50'],
    ['实付款：¥47.40', 47.4, 'CNY', '¥47.40'],
    ['128元', 128, 'CNY', '128元'],
    ['共2件商品 ¥30.00', 30, 'CNY', '共2件商品 ¥30.00'],
    ['59.90', 59.9, 'CNY', '59.90'],
    ['US $5.00', 5, null, 'US $5.00'],
  ];
  it.each(cases)('%s', (text, amount, currency, shown) => {
    expect(parseYuan(text)).toEqual({ amount, currency, text: shown });
  });
  it('keeps the currency the page data names', () => {
    expect(parseYuan('HK$12.00', 'HKD')).toEqual({ amount: 12, currency: 'HKD', text: 'HK$12.00' });
  });
  it('has no amount without a figure', () => {
    expect(parseYuan('包邮')).toBeUndefined();
    expect(parseYuan(null)).toBeUndefined();
  });
});
