/**
 * The README's "Stable JSON fields" table, read as paths into a plan: `racks[]` -> ["racks"],
 * `bom.lines[]` -> ["bom", "lines"].
 */
import { readFileSync } from 'node:fs';

export function readmeStablePaths(): string[][] {
  const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
  const section = readme.split('### Stable JSON fields')[1]?.split('\n## ')[0] ?? '';
  const rows = section.split('\n').filter((line) => line.startsWith('| `'));
  return rows.flatMap((row) =>
    [...(row.split('|')[1] ?? '').matchAll(/`([^`]+)`/g)].map((m) =>
      (m[1] ?? '').replace(/\[\]$/, '').split('.'),
    ),
  );
}

export const valueAt = (root: unknown, path: readonly string[]): unknown =>
  path.reduce<unknown>(
    (v, key) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined),
    root,
  );
