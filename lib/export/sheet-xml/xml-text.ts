/**
 * XML text as ExcelJS writes it (its utils.xmlEncode): the five markup characters escaped and the
 * control characters XML 1.0 forbids dropped, so rows written here match the rows ExcelJS writes.
 */

/** The control characters XML 1.0 forbids in text (ExcelJS's xmlEncode drops them), as a class body. */
const FORBIDDEN_CLASS = String.raw`\x7F\x00-\x08\x0B\x0C\x0E-\x1F`;
const NEEDS_ESCAPE = new RegExp(`[<>&'"${FORBIDDEN_CLASS}]`);
const ESCAPED = new RegExp(`[<>&'"${FORBIDDEN_CLASS}]`, 'g');
const HAS_FORBIDDEN = new RegExp(`[${FORBIDDEN_CLASS}]`);
const FORBIDDEN = new RegExp(`[${FORBIDDEN_CLASS}]`, 'g');

/**
 * A cell's text without the control characters XML cannot hold (the ones xmlEscape drops). Both
 * writers take cell texts through it first, so a text is the same key in ExcelJS's shared-string
 * table and in the rows written here: "\x7f" and "" would otherwise be two entries written alike.
 */
export function withoutForbiddenCharacters(text: string): string {
  // Most texts have none: a test is cheaper than a replace over 760,000 cells.
  return HAS_FORBIDDEN.test(text) ? text.replace(FORBIDDEN, '') : text;
}

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
