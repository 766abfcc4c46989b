import { describe, expect, it } from 'vitest';
import { plural, pluralWord } from './plural';

describe('plural', () => {
  it('puts the singular with 1 only', () => {
    expect(plural(1, 'rack')).toBe('1 rack');
    expect(plural(0, 'rack')).toBe('0 racks');
    expect(plural(2, 'server')).toBe('2 servers');
  });

  it('formats the count with thousands separators', () => {
    expect(plural(4096, 'server')).toBe('4,096 servers');
  });

  it('takes an irregular plural', () => {
    expect(plural(1, 'switch', 'switches')).toBe('1 switch');
    expect(plural(2, 'switch', 'switches')).toBe('2 switches');
    expect(plural(3, 'leaf', 'leaves')).toBe('3 leaves');
  });

  it('gives the word alone, for sentences that agree with a count', () => {
    expect(pluralWord(1, 'has an error', 'have errors')).toBe('has an error');
    expect(pluralWord(5, 'has an error', 'have errors')).toBe('have errors');
    expect(pluralWord(1, 'note')).toBe('note');
    expect(pluralWord(0, 'note')).toBe('notes');
  });
});
