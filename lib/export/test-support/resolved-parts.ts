/**
 * An .xlsx file's parts as text, with every shared-string reference replaced by its string: two
 * files whose cells show the same strings compare equal even when their shared-string tables list
 * them in another order (the rows written directly append their new strings at the end).
 */
import { strFromU8, unzipSync } from 'fflate';

const SHARED_STRINGS = 'xl/sharedStrings.xml';

/** The `<si>` entries of a shared-string table, as written (escaped XML). */
export function sharedStringEntries(bytes: Uint8Array): string[] {
  const xml = strFromU8(unzipSync(bytes)[SHARED_STRINGS] ?? new Uint8Array());
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>/g)].map(([, inner]) => inner ?? '');
}

/** The count and uniqueCount a shared-string table states. */
export function sharedStringCounts(bytes: Uint8Array): { count: number; uniqueCount: number } {
  const xml = strFromU8(unzipSync(bytes)[SHARED_STRINGS] ?? new Uint8Array());
  const head = /<sst\b[^>]*\bcount="(\d+)"[^>]*\buniqueCount="(\d+)"/.exec(xml);
  return { count: Number(head?.[1]), uniqueCount: Number(head?.[2]) };
}

/** Every part but the shared-string table, by name in the zip's order, shared strings resolved. */
export function partsWithStringsResolved(bytes: Uint8Array): [string, string][] {
  const entries = sharedStringEntries(bytes);
  return Object.entries(unzipSync(bytes))
    .filter(([name]) => name !== SHARED_STRINGS)
    .map(([name, part]) => [
      name,
      strFromU8(part).replace(/( t="s">)<v>(\d+)<\/v>/g, (_, head: string, index: string) => {
        const entry = entries[Number(index)];
        if (entry === undefined) throw new Error(`${name}: shared string ${index} does not exist`);
        return `${head}<v>{${entry}}</v>`;
      }),
    ]);
}
