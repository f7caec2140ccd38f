import { describe, expect, it } from 'vitest';
import { clean } from './dom';

describe('clean', () => {
  it('collapses whitespace, drops control characters and caps without splitting a surrogate pair', () => {
    expect(clean('  a \n\t b\u0000c\u200b  ', 100)).toBe('a b c');
    expect(clean('ab😀', 3)).toBe('ab');
  });
});
