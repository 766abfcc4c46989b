/**
 * The workbook's shared-string table: the one ExcelJS wrote for the cells it rendered, extended with
 * the strings of the rows written directly. Its strings keep their indices (the sheets ExcelJS wrote
 * point at them); a string it already holds is shared, a new one is appended.
 */
import { xmlEscape, xmlUnescape } from './xml-text';

const SST = /^([\s\S]*?<sst\b[^>]*?)\scount="(\d+)"\suniqueCount="(\d+)"([^>]*>)([\s\S]*)<\/sst>\s*$/;
const ENTRY = /<si>([\s\S]*?)<\/si>/g;
const PLAIN_TEXT = /^<t(?: xml:space="preserve")?>([\s\S]*)<\/t>$/;

export class SharedStrings {
  private readonly ids = new Map<string, number>();
  private readonly added: string[] = [];
  private readonly head: string;
  private readonly headEnd: string;
  private readonly entries: string;
  private references: number;
  private readonly written: number;

  /** @param xml xl/sharedStrings.xml as ExcelJS wrote it. */
  constructor(xml: string) {
    const parts = SST.exec(xml);
    if (!parts) throw new Error('xl/sharedStrings.xml: no <sst count uniqueCount> element');
    const [, head = '', count = '0', unique = '0', headEnd = '', entries = ''] = parts;
    this.head = head;
    this.headEnd = headEnd;
    this.entries = entries;
    this.references = Number(count);
    let index = 0;
    for (const [, inner = ''] of entries.matchAll(ENTRY)) {
      // Rich text (runs) is never equal to a plain string: it keeps its index but is not shared.
      const plain = PLAIN_TEXT.exec(inner);
      const text = plain ? xmlUnescape(plain[1] ?? '') : undefined;
      if (text !== undefined && !this.ids.has(text)) this.ids.set(text, index);
      index += 1;
    }
    if (index !== Number(unique))
      throw new Error(`xl/sharedStrings.xml: ${index} strings, uniqueCount says ${unique}`);
    this.written = index;
  }

  /** The index of a string for a cell that shows it (counted as one more reference). */
  idOf(text: string): number {
    this.references += 1;
    let id = this.ids.get(text);
    if (id === undefined) {
      id = this.written + this.added.length;
      this.ids.set(text, id);
      this.added.push(text);
    }
    return id;
  }

  /** The table as XML: ExcelJS's entries, then the new ones, with the counts updated. */
  toXml(): string {
    const added = this.added.map((text) => {
      // As ExcelJS's TextXform: spaces at either end, or a line break, are kept explicitly.
      const space = /^\s|\n|\s$/.test(text) ? ' xml:space="preserve"' : '';
      return `<si><t${space}>${xmlEscape(text)}</t></si>`;
    });
    const unique = this.written + this.added.length;
    return `${this.head} count="${this.references}" uniqueCount="${unique}"${this.headEnd}${this.entries}${added.join('')}</sst>`;
  }
}
