'use client';

import { type FormEvent, useId, useState } from 'react';
import { findRack } from './floor-layout';

/** "Jump to rack": type a name ("K07", "k7") or pick one from the list; the floor selects it. */
export function RackJump({ names, onJump }: { names: readonly string[]; onJump: (name: string) => void }) {
  const [text, setText] = useState('');
  const [missing, setMissing] = useState<string | null>(null);
  const listId = useId();
  const inputId = useId();

  const jump = (value: string, quiet: boolean) => {
    const found = findRack(names, value);
    if (found) {
      setMissing(null);
      onJump(found);
    } else if (!quiet) setMissing(value.trim());
  };

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    jump(text, false);
  };

  return (
    <form
      onSubmit={handleSubmit}
      className="flex flex-wrap items-center gap-2 text-sm"
      aria-label="Find a rack"
    >
      <label htmlFor={inputId} className="text-slate-700 dark:text-slate-300">
        Jump to rack
      </label>
      <input
        id={inputId}
        list={listId}
        value={text}
        placeholder={names[names.length - 1] ?? 'A01'}
        onChange={(e) => {
          setText(e.target.value);
          setMissing(null);
          // Picking from the list fills in an exact name: jump at once.
          if (names.includes(e.target.value)) jump(e.target.value, true);
        }}
        className="w-24 rounded border border-slate-300 bg-white px-2 py-1 dark:border-slate-700 dark:bg-slate-950"
        aria-describedby={missing ? `${inputId}-missing` : undefined}
        autoComplete="off"
        spellCheck={false}
      />
      <datalist id={listId}>
        {names.map((n) => (
          <option key={n} value={n} />
        ))}
      </datalist>
      <button
        type="submit"
        className="rounded border border-slate-300 px-2 py-1 hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
      >
        Go
      </button>
      {missing ? (
        <span id={`${inputId}-missing`} role="status" className="text-red-700 dark:text-red-400">
          No rack {missing}
        </span>
      ) : null}
    </form>
  );
}
