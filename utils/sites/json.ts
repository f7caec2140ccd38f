/** JSON that pages embed, read without evaluating it. */

/**
 * JSON.parse that keeps every integer of 16 or more digits exact, as a string: ids beyond 2^53 lose
 * their last digits as numbers (marketplaces.md §0.2). Strings are skipped, so text is never touched.
 */
export function parseJsonKeepingIds(text: string): unknown {
  const NUMBER = /-?(\d+)(\.\d+)?([eE][+-]?\d+)?/y;
  let out = '';
  let last = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x22) {
      inString = true;
      continue;
    }
    if (c !== 0x2d && (c < 0x30 || c > 0x39)) continue;
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (!m) continue;
    const end = i + m[0].length;
    if ((m[1] ?? '').length >= 16 && !m[2] && !m[3]) {
      out += `${text.slice(last, i)}"${m[0]}"`;
      last = end;
    }
    i = end - 1;
  }
  return JSON.parse(out + text.slice(last));
}
