import { describe, expect, it } from 'vitest';
import { parseJsonKeepingIds } from './json';

describe('parseJsonKeepingIds', () => {
  it('reads integers of 16+ digits as exact strings and leaves everything else as JSON.parse would', () => {
    expect(parseJsonKeepingIds('{"a":4865640015090004803,"b":[-12345678901234567],"c":829104455660707,"d":1.2345678901234567,"e":12345678901234567e2}')).toEqual({
      a: '4865640015090004803',
      b: ['-12345678901234567'],
      c: 829104455660707,
      d: 1.2345678901234567,
      e: Number('12345678901234567e2'),
    });
  });
  it('never touches digits inside strings, escaped quotes included', () => {
    expect(parseJsonKeepingIds('{"t":"编号 12345678901234567890 \\" 98765432109876543210","n":1}')).toEqual({ t: '编号 12345678901234567890 " 98765432109876543210', n: 1 });
  });
  it('throws on what is not JSON (the caller notes it)', () => {
    expect(() => parseJsonKeepingIds("{list: {a: 'b'}}")).toThrow();
  });
});
