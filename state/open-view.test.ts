import { describe, expect, it } from 'vitest';
import { parseOpenView } from './open-view';

describe('parseOpenView', () => {
  it('reopens a view the planner has', () => {
    expect(parseOpenView('racks')).toBe('racks');
    expect(parseOpenView('bom')).toBe('bom');
  });

  it('ignores nothing stored, a removed or edited view, and inherited object keys', () => {
    for (const text of [null, '', 'Racks', 'floor', 'toString', 'constructor', ' racks']) {
      expect(parseOpenView(text)).toBeNull();
    }
  });
});
