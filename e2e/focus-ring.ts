import type { Page } from '@playwright/test';

export interface FocusedElement {
  /** A short description for failure messages: tag, id, role and accessible text. */
  description: string;
  /** The focus indicator it shows, or null when none is visible. */
  indicator: string | null;
}

/**
 * What has focus, and whether it shows a focus indicator: an outline, a box-shadow ring, or (for the
 * rack view's SVG devices, which draw focus on their shape) a stroke on the device's rectangle.
 */
export function focusedElement(page: Page): Promise<FocusedElement> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { description: 'body', indicator: null };
    const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40);
    const role = el.getAttribute('role');
    const description = `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${role ? ` role=${role}` : ''}> "${text}"`;
    const style = getComputedStyle(el);
    if (style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0) {
      return {
        description,
        indicator: `outline ${style.outlineWidth} ${style.outlineStyle} ${style.outlineColor}`,
      };
    }
    if (style.boxShadow !== 'none') return { description, indicator: `box-shadow ${style.boxShadow}` };
    const shape = el instanceof SVGGElement ? el.querySelector('rect') : null;
    if (shape) {
      const stroke = getComputedStyle(shape);
      if (stroke.stroke !== 'none' && Number.parseFloat(stroke.strokeWidth) > 0) {
        return { description, indicator: `stroke ${stroke.strokeWidth} ${stroke.stroke}` };
      }
    }
    return { description, indicator: null };
  });
}
