/**
 * Displayed prices in any of the storefront languages we read: "US $6.19", "129,46zł", "₩11,110",
 * "€ 12,30", "¥128.00". A currency is named only when the marker identifies exactly one.
 */
import type { Money } from '../model';
import { clean, MAX } from './dom';

const LETTER_BEFORE = '(?<![A-Za-z])';
/** A currency word standing alone: "EUR", not the "eur" of another word. */
const word = (words: string) => `${LETTER_BEFORE}(?:${words})(?![A-Za-z])`;
type Marker = readonly [RegExp, string | null];
const dollar = (prefixes: string, code: string): Marker => [new RegExp(`${LETTER_BEFORE}(?:${prefixes})\\s*\\$`), code];
const marker = (symbols: string, words: string, code: string | null, flags = ''): Marker => [new RegExp([symbols, word(words)].filter(Boolean).join('|'), flags), code];

/**
 * Currency markers, most specific first, matched on NFKC text (the full-width "￥" is "¥" there).
 * `null` means the marker is shared by several currencies (a bare "$", "¥", "kr"): the currency is
 * then unknown, never guessed. Built from parts: the table is in every content script's budget.
 */
const CURRENCY_MARKERS: readonly Marker[] = [
  dollar('US', 'USD'),
  dollar('CA|C', 'CAD'),
  dollar('AU|A', 'AUD'),
  dollar('NZ', 'NZD'),
  dollar('MX', 'MXN'),
  dollar('HK', 'HKD'),
  dollar('SG|S', 'SGD'),
  dollar('NT', 'TWD'),
  dollar('R', 'BRL'),
  marker(`${LETTER_BEFORE}CN\\s*¥|元`, 'RMB|CNY', 'CNY'),
  marker(`${LETTER_BEFORE}JP\\s*¥|円`, 'JPY', 'JPY'),
  [/¥/, null],
  marker('€', 'EUR', 'EUR'),
  marker('£', 'GBP', 'GBP'),
  marker('zł', 'PLN', 'PLN', 'i'),
  marker('₩|원', 'KRW', 'KRW'),
  marker('₽|руб', 'RUB', 'RUB', 'i'),
  marker('₴|грн', 'UAH', 'UAH', 'i'),
  marker('₺', 'TRY|TL', 'TRY'),
  marker('₹', 'INR', 'INR'),
  marker('Kč', 'CZK', 'CZK'),
  marker('₪', 'ILS', 'ILS'),
  marker('฿', 'THB', 'THB'),
  marker('₫', 'VND', 'VND'),
  marker('₱', 'PHP', 'PHP'),
  marker('', 'Rp|IDR', 'IDR'),
  marker('', 'RM|MYR', 'MYR'),
  marker('', 'Ft|HUF', 'HUF'),
  marker('', 'lei|RON', 'RON'),
  // The code itself is the currency: the captured word.
  [new RegExp(`${LETTER_BEFORE}(CHF|SEK|NOK|DKK|CLP|COP|PEN|SAR|AED|ZAR|KZT|MAD|EGP|NGN|SGD|HKD|TWD)(?![A-Za-z])`), 'CODE'],
  marker('', 'kr', null, 'i'),
  [/\$/, null],
];

const NUMBER = /\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?:[.,]\d{1,2})?(?!\d)|\d[\d.,']*/g;

/** "1.234,56" → 1234.56, "11,110" → 11110, "129,46" → 129.46, "1 234,5" → 1234.5. */
function toAmount(token: string): number | undefined {
  const t = token.replace(/[ \u00a0\u202f\u2009']/g, '').replace(/[.,]+$/, '');
  if (!/^\d[\d.,]*$/.test(t)) return undefined;
  const last = Math.max(t.lastIndexOf('.'), t.lastIndexOf(','));
  let n: number;
  if (last < 0) n = Number(t);
  else {
    const frac = t.slice(last + 1);
    const int = t.slice(0, last).replace(/[.,]/g, '');
    // Prices carry at most two decimals: three digits after the last separator are a thousands group.
    n = frac.length === 3 ? Number(int + frac) : frac.length <= 2 ? Number(`${int}.${frac}`) : NaN;
  }
  return Number.isFinite(n) && n >= 0 && n < 1e12 ? n : undefined;
}

/** Reads a displayed price ("Total: US $6.19", "129,46zł", "₩11,110", "€ 12,30"). Undefined when there is no number. */
export function parseMoney(raw: string | null | undefined): Money | undefined {
  const shown = clean(raw, 1000);
  if (!shown) return undefined;
  // Drop a label ("Total:", "Subtotal：") before the price.
  const colon = Math.max(shown.lastIndexOf(':'), shown.lastIndexOf('：'));
  const priced = colon >= 0 && /\d/.test(shown.slice(colon + 1)) ? shown.slice(colon + 1).trim() : shown;
  const norm = priced.normalize('NFKC');
  let currency: string | null = null;
  let markerAt = -1;
  let markerEnd = -1;
  for (const [re, code] of CURRENCY_MARKERS) {
    const m = re.exec(norm);
    if (!m) continue;
    currency = code === 'CODE' ? (m[1] ?? null) : code;
    markerAt = m.index;
    markerEnd = m.index + m[0].length;
    break;
  }
  const tokens = Array.from(norm.matchAll(NUMBER));
  if (!tokens.length) return undefined;
  // The number nearest the currency marker is the price (a label may carry other digits).
  const dist = (t: RegExpMatchArray) => {
    if (markerAt < 0) return 0;
    const start = t.index ?? 0;
    const end = start + t[0].length;
    return start >= markerEnd ? start - markerEnd : end <= markerAt ? markerAt - end : 0;
  };
  const best = tokens.reduce((a, b) => (dist(b) < dist(a) ? b : a));
  const amount = toAmount(best[0]);
  if (amount === undefined) return undefined;
  return { amount, currency, text: clean(priced, MAX.moneyText) };
}
