/**
 * A plan field built on first read: the plan's two big lists (cables, address blocks) are derived
 * from data the plan already holds in a leaner form, and most readers never need them as objects.
 * Once read (or assigned) the field is an ordinary data property holding a normal array.
 */

/**
 * Makes `owner[key]` a getter that computes its value once, then holds it as plain data. The key
 * keeps its place among the owner's keys (redefining a property does not move it), so the owner's
 * JSON is the same as with the value set eagerly.
 */
export function defineLazyField<T extends object, K extends keyof T & string>(
  owner: T,
  key: K,
  compute: () => T[K],
): T {
  const hold = (value: T[K]) => {
    Object.defineProperty(owner, key, { value, writable: true, enumerable: true, configurable: true });
  };
  Object.defineProperty(owner, key, {
    configurable: true,
    enumerable: true,
    get() {
      const value = compute();
      hold(value);
      return value;
    },
    set: hold,
  });
  return owner;
}
