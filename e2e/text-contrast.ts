import type { Page } from '@playwright/test';

export interface TextContrast {
  text: string;
  foreground: string;
  background: string;
  ratio: number;
}

/**
 * The contrast of text axe cannot measure (it reports it as "incomplete"): SVG text drawn on an SVG
 * shape, and text inside React Flow's layered canvas. The background is the shape the text sits on
 * (for SVG text, the earlier <rect> under its centre), else the nearest ancestor with an opaque background
 * colour; the opacity of the text and its ancestors is blended in. WCAG 2.x relative luminance.
 */
export function textContrasts(page: Page, selector: string): Promise<TextContrast[]> {
  return page.evaluate((sel) => {
    type Rgb = [number, number, number];
    // Any CSS colour (Tailwind 4 writes oklch) to sRGB, by painting it on a one-pixel canvas.
    const ctx = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
    const parse = (css: string): { rgb: Rgb; alpha: number } | null => {
      if (css === 'none' || css.startsWith('url(')) return null;
      ctx.clearRect(0, 0, 1, 1);
      ctx.fillStyle = '#000';
      ctx.fillStyle = css;
      ctx.fillRect(0, 0, 1, 1);
      const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
      return { rgb: [r!, g!, b!], alpha: a! / 255 };
    };
    const channel = (c: number) => {
      const s = c / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    const luminance = ([r, g, b]: Rgb) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    const blend = (fg: Rgb, bg: Rgb, alpha: number): Rgb =>
      [0, 1, 2].map((i) => fg[i]! * alpha + bg[i]! * (1 - alpha)) as Rgb;
    const hex = (rgb: Rgb) => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

    function backgroundOf(el: Element): Rgb {
      if (el instanceof SVGElement) {
        // The nearest earlier shape (painted underneath) that the text's centre lies on.
        const box = el.getBoundingClientRect();
        const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
        for (let s = el.previousElementSibling; s; s = s.previousElementSibling) {
          const r = s.getBoundingClientRect();
          if (s.tagName !== 'rect' || x < r.left || x > r.right || y < r.top || y > r.bottom) continue;
          const fill = parse(getComputedStyle(s).fill);
          if (fill && fill.alpha === 1) return fill.rgb;
        }
      }
      for (let node: Element | null = el; node; node = node.parentElement) {
        const bg = parse(getComputedStyle(node).backgroundColor);
        if (bg && bg.alpha === 1) return bg.rgb;
      }
      return [255, 255, 255];
    }

    function opacityOf(el: Element): number {
      let opacity = 1;
      for (let node: Element | null = el; node; node = node.parentElement) {
        opacity *= Number(getComputedStyle(node).opacity);
      }
      return opacity;
    }

    return [...document.querySelectorAll(sel)]
      .filter((el) => (el.textContent ?? '').trim() !== '' && el.getClientRects().length > 0)
      .map((el) => {
        const style = getComputedStyle(el);
        const paint = parse(el instanceof SVGElement ? style.fill : style.color);
        const background = backgroundOf(el);
        const alpha = (paint?.alpha ?? 1) * opacityOf(el) * Number(style.fillOpacity || 1);
        const foreground = blend(paint?.rgb ?? [0, 0, 0], background, alpha);
        const [hi, lo] = [luminance(foreground), luminance(background)].sort((a, b) => b - a) as [
          number,
          number,
        ];
        return {
          text: (el.textContent ?? '').trim().slice(0, 30),
          foreground: hex(foreground),
          background: hex(background),
          ratio: Math.round(((hi + 0.05) / (lo + 0.05)) * 100) / 100,
        };
      });
  }, selector);
}

/** Those under `minimum`, one per line, for a failure message. */
export function lowContrast(contrasts: TextContrast[], minimum = 4.5): string {
  return contrasts
    .filter((c) => c.ratio < minimum)
    .map((c) => `"${c.text}" ${c.foreground} on ${c.background}: ${c.ratio}:1`)
    .join('\n');
}
