import { describe, expect, it } from 'vitest';
import { THEME_STORAGE_KEY as BOOT_KEY } from './theme';
import { THEME_STORAGE_KEY } from './theme-dom';

describe('theme at start-up', () => {
  it('reads the theme from the key the boot script and the toggle write', () => {
    expect(THEME_STORAGE_KEY).toBe(BOOT_KEY);
  });
});
