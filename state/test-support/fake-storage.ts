/** localStorage for the node test environment (browser-storage reads `window.localStorage`). */
export function fakeLocalStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
}

export type FakeStorage = ReturnType<typeof fakeLocalStorage>;
