import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { BOM_NOT_INCLUDED } from '@/lib/catalog/not-included';
import { NotIncluded } from './not-included';

describe('NotIncluded', () => {
  const html = renderToStaticMarkup(createElement(NotIncluded, { items: BOM_NOT_INCLUDED }));
  const text = html
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'");

  it('names every item the BOM leaves out, in a titled list', () => {
    expect(html).toContain('aria-labelledby="bom-not-included-title"');
    expect([...html.matchAll(/data-item="([^"]+)"/g)].map((m) => m[1])).toEqual(
      BOM_NOT_INCLUDED.map((n) => n.id),
    );
    for (const n of BOM_NOT_INCLUDED) expect(text).toContain(n.why);
  });

  it('says site uplinks, storage, licences and services are not included', () => {
    for (const word of ['Site uplinks', 'External storage', 'Software licences', 'Services'])
      expect(text).toContain(word);
  });
});
