/**
 * The value, or a thrown error naming what was missing: for lookups the plan's own construction
 * guarantees (an index inside a list it built), where a silent `undefined` would hide a planner bug.
 */
export function must<T>(value: T | undefined | null, what: string): T {
  if (value === undefined || value === null) throw new Error(`planner bug: ${what} is missing`);
  return value;
}

/** `list[index]`, or a thrown error naming the list. */
export function at<T>(list: readonly T[], index: number, what: string): T {
  const value = list[index];
  // The name is built only on failure: `at` runs in the plan's per-cable loops.
  if (value === undefined || value === null) throw new Error(`planner bug: ${what}[${index}] is missing`);
  return value;
}
