import { describe, expect, it } from 'vitest';
import { quoteExcerpt } from './excerpt';

describe('quoteExcerpt', () => {
  it('quotes a short value as typed', () => {
    expect(quoteExcerpt('10.0.0.0/33')).toBe('"10.0.0.0/33"');
  });
  it('shows line breaks and control characters as escapes, so a message stays on one line', () => {
    expect(quoteExcerpt('100.80.0.0/14\n\u0007')).toBe('"100.80.0.0/14\\n\\u0007"');
  });
  it('cuts a huge paste to 40 characters and says how long it was', () => {
    const text = quoteExcerpt('9'.repeat(4_000_000));
    expect(text).toBe(`"${'9'.repeat(40)}"… (4,000,000 characters)`);
  });
});
