import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PartNumber } from './part-number';

const render = (value: string) => renderToStaticMarkup(createElement(PartNumber, { value }));
const nowrapWords = (html: string) =>
  [...html.matchAll(/<span class="whitespace-nowrap">([^<]*)<\/span>/g)].map((m) => m[1]);
const text = (html: string) => html.replace(/<[^>]+>/g, '');

describe('PartNumber', () => {
  it('keeps a hyphenated part number in one unbreakable piece', () => {
    const html = render('SYS-212GB-FNR');
    expect(nowrapWords(html)).toEqual(['SYS-212GB-FNR']);
    expect(text(html)).toBe('SYS-212GB-FNR');
  });

  it('lets a part number of several words wrap between them only, the text unchanged', () => {
    const html = render('RTX PRO 6000 Blackwell Server Edition');
    expect(nowrapWords(html)).toEqual(['RTX', 'PRO', '6000', 'Blackwell', 'Server', 'Edition']);
    expect(text(html)).toBe('RTX PRO 6000 Blackwell Server Edition');
  });
});
