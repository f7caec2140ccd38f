import { describe, expect, it } from 'vitest';
import { parseMoney } from './money';

describe('parseMoney', () => {
  const cases: [string, number, string | null, string][] = [
    ['US $120.95', 120.95, 'USD', 'US $120.95'],
    ['$25.66', 25.66, null, '$25.66'],
    ['129,46zł', 129.46, 'PLN', '129,46zł'],
    ['₩11,110', 11110, 'KRW', '₩11,110'],
    ['€ 12,30', 12.3, 'EUR', '€ 12,30'],
    ['12,30\u00a0€', 12.3, 'EUR', '12,30 €'],
    ['1.234,56 €', 1234.56, 'EUR', '1.234,56 €'],
    ['£3.50', 3.5, 'GBP', '£3.50'],
    ['CN￥ 235.87', 235.87, 'CNY', 'CN￥ 235.87'],
    ['¥1,234', 1234, null, '¥1,234'],
    ['US $ 13.77', 13.77, 'USD', 'US $ 13.77'],
    ['Total: US $6.19', 6.19, 'USD', 'US $6.19'],
    ['R$ 45,90', 45.9, 'BRL', 'R$ 45,90'],
    ['1 234,56 руб.', 1234.56, 'RUB', '1 234,56 руб.'],
    ['₽ 990', 990, 'RUB', '₽ 990'],
    ['C$ 5.00', 5, 'CAD', 'C$ 5.00'],
    ['AU $7.10', 7.1, 'AUD', 'AU $7.10'],
    ['US $1,234.50', 1234.5, 'USD', 'US $1,234.50'],
    ['12.30 CHF', 12.3, 'CHF', '12.30 CHF'],
    ['45 kr', 45, null, '45 kr'],
    ['Total (3 items): US $12.00', 12, 'USD', 'US $12.00'],
  ];
  it.each(cases)('%s', (text, amount, currency, shown) => {
    expect(parseMoney(text)).toEqual({ amount, currency, text: shown });
  });
  it('has no amount without a number', () => {
    expect(parseMoney('Free shipping')).toBeUndefined();
    expect(parseMoney('')).toBeUndefined();
    expect(parseMoney(null)).toBeUndefined();
  });
  it('caps the kept text', () => {
    const m = parseMoney(`US $1.00 ${'x'.repeat(500)}`);
    expect(m?.amount).toBe(1);
    expect(m?.text.length).toBeLessThanOrEqual(100);
  });
});
