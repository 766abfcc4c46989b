import { formatInt } from './format';

/** The word for a count: "rack" for 1, "racks" otherwise (`many` for irregular plurals). */
export function pluralWord(n: number, one: string, many = `${one}s`): string {
  return n === 1 ? one : many;
}

/** The count and its word: "1 rack", "4,096 servers", "2 switches". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatInt(n)} ${pluralWord(n, one, many)}`;
}
