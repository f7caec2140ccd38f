/**
 * Displayed prices in any of the storefront languages we read: "US $6.19", "129,46zł", "₩11,110",
 * "€ 12,30", "¥128.00". A currency is named only when the marker identifies exactly one.
 */
import type { Money } from '../model';
import { clean, MAX } from './dom';

/**
 * Currency markers, most specific first. `null` means the marker is shared by several currencies
 * (a bare "$", "¥", "kr"): the currency is then unknown, never guessed.
 */
const CURRENCY_MARKERS: ReadonlyArray<readonly [RegExp, string | null]> = [
  [/(?<![A-Za-z])US\s*\$/, 'USD'],
  [/(?<![A-Za-z])(?:CA|C)\s*\$/, 'CAD'],
  [/(?<![A-Za-z])(?:AU|A)\s*\$/, 'AUD'],
  [/(?<![A-Za-z])NZ\s*\$/, 'NZD'],
  [/(?<![A-Za-z])MX\s*\$/, 'MXN'],
  [/(?<![A-Za-z])HK\s*\$/, 'HKD'],
  [/(?<![A-Za-z])(?:SG|S)\s*\$/, 'SGD'],
  [/(?<![A-Za-z])NT\s*\$/, 'TWD'],
  [/(?<![A-Za-z])R\s*\$/, 'BRL'],
  [/(?<![A-Za-z])CN\s*[¥￥]|(?<![A-Za-z])(?:RMB|CNY)(?![A-Za-z])|元/, 'CNY'],
  [/(?<![A-Za-z])JP\s*[¥￥]|(?<![A-Za-z])JPY(?![A-Za-z])|円/, 'JPY'],
  [/[¥￥]/, null],
  [/€|(?<![A-Za-z])EUR(?![A-Za-z])/, 'EUR'],
  [/£|(?<![A-Za-z])GBP(?![A-Za-z])/, 'GBP'],
  [/zł|(?<![A-Za-z])PLN(?![A-Za-z])/i, 'PLN'],
  [/₩|원|(?<![A-Za-z])KRW(?![A-Za-z])/, 'KRW'],
  [/₽|руб|(?<![A-Za-z])RUB(?![A-Za-z])/i, 'RUB'],
  [/₴|грн|(?<![A-Za-z])UAH(?![A-Za-z])/i, 'UAH'],
  [/₺|(?<![A-Za-z])(?:TRY|TL)(?![A-Za-z])/, 'TRY'],
  [/₹|(?<![A-Za-z])INR(?![A-Za-z])/, 'INR'],
  [/Kč|(?<![A-Za-z])CZK(?![A-Za-z])/, 'CZK'],
  [/₪|(?<![A-Za-z])ILS(?![A-Za-z])/, 'ILS'],
  [/฿|(?<![A-Za-z])THB(?![A-Za-z])/, 'THB'],
  [/₫|(?<![A-Za-z])VND(?![A-Za-z])/, 'VND'],
  [/₱|(?<![A-Za-z])PHP(?![A-Za-z])/, 'PHP'],
  [/(?<![A-Za-z])(?:Rp|IDR)(?![A-Za-z])/, 'IDR'],
  [/(?<![A-Za-z])(?:RM|MYR)(?![A-Za-z])/, 'MYR'],
  [/(?<![A-Za-z])(?:Ft|HUF)(?![A-Za-z])/, 'HUF'],
  [/(?<![A-Za-z])(?:lei|RON)(?![A-Za-z])/, 'RON'],
  [/(?<![A-Za-z])(CHF|SEK|NOK|DKK|CLP|COP|PEN|SAR|AED|ZAR|KZT|MAD|EGP|NGN|SGD|HKD|TWD)(?![A-Za-z])/, 'CODE'],
  [/(?<![A-Za-z])kr(?![A-Za-z])/i, null],
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
