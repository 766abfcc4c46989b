/**
 * XML text as ExcelJS writes it (its utils.xmlEncode): the five markup characters escaped and the
 * control characters XML 1.0 forbids dropped, so rows written here match the rows ExcelJS writes.
 */

// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters to find
const NEEDS_ESCAPE = /[<>&'"\x7F\x00-\x08\x0B\x0C\x0E-\x1F]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters to replace
const ESCAPED = /[<>&'"\x7F\x00-\x08\x0B\x0C\x0E-\x1F]/g;

const ENTITIES: Readonly<Record<string, string>> = {
  '"': '&quot;',
  '&': '&amp;',
  "'": '&apos;',
  '<': '&lt;',
  '>': '&gt;',
};

/** Text or an attribute value escaped for XML; most texts have nothing to escape and come back as they are. */
export function xmlEscape(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text.replace(ESCAPED, (c) => ENTITIES[c] ?? '');
}

const UNESCAPED = /&(quot|amp|apos|lt|gt);/g;
const CHARACTERS: Readonly<Record<string, string>> = { quot: '"', amp: '&', apos: "'", lt: '<', gt: '>' };

/** The text of XML written by xmlEscape (the five entities only: ExcelJS writes no others). */
export function xmlUnescape(text: string): string {
  return text.includes('&') ? text.replace(UNESCAPED, (_, name: string) => CHARACTERS[name] ?? '') : text;
}
