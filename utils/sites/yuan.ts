/**
 * Prices on the Chinese marketplaces (Taobao, Tmall, 1688, Weidian). They sell in renminbi and print
 * "¥128.00", "￥1,280.50", "128元" (marketplaces.md §2–§4), so this reader needs none of the
 * storefront currency table AliExpress and the agents' display currencies need (money.ts): a content
 * script on these sites is 2 KB smaller for it.
 */
import type { Money } from '../model';
import { clean, MAX } from './dom';

const FIGURE = '(\\d[\\d,]*(?:\\.\\d+)?)';
/** The figure after the yuan sign, the figure before "元" or the sign, then any figure: the nearest to its currency first. */
const FIGURES = [new RegExp(`¥\\s*${FIGURE}`), new RegExp(`${FIGURE}\\s*[¥元]`), new RegExp(FIGURE)];

/**
 * Reads a displayed price ("实付款：¥128.00", "¥1,280", "128元"). `currency` is what the page prices
 * in (Taobao's data may name another); a dollar, euro, pound, won or rouble sign on a renminbi page
 * makes it unknown, never guessed. Undefined when there is no figure.
 */
export function parseYuan(raw: string | null | undefined, currency: string | null = 'CNY'): Money | undefined {
  const shown = clean(raw, 1000);
  // Drop a label ("合计:", "实付款：") before the price.
  const colon = Math.max(shown.lastIndexOf(':'), shown.lastIndexOf('：'));
  const priced = colon >= 0 && /\d/.test(shown.slice(colon + 1)) ? shown.slice(colon + 1).trim() : shown;
  // NFKC folds the full-width "￥" and digits into their plain forms.
  const norm = priced.normalize('NFKC');
  let figure: string | undefined;
  for (const re of FIGURES) if ((figure = re.exec(norm)?.[1])) break;
  const amount = Number(figure?.replace(/,/g, ''));
  if (!figure || !Number.isFinite(amount) || amount >= 1e12) return undefined;
  return { amount, currency: currency === 'CNY' && /[$€£₩₽]/.test(norm) ? null : currency, text: clean(priced, MAX.moneyText) };
}
