'use client';

import { type ChangeEvent, useRef } from 'react';
import { saveFile } from '@/components/exports/save-file';
import { Button } from '@/components/ui/button';
import type { DesignFileResult } from '@/lib/design/design-file';

const JSON_MIME = 'application/json';

const designFileActions = () => import('@/state/design-file-actions');

/** Reads a chosen file as a design file, refusing an oversized one before reading it. Never throws. */
async function readDesignFile(file: File): Promise<DesignFileResult> {
  const { designFileSizeError, parseDesignFile } = await import('@/lib/design/design-file');
  const sizeError = designFileSizeError(file.size);
  if (sizeError) return { success: false, error: sizeError };
  try {
    return parseDesignFile(await file.text());
  } catch {
    return { success: false, error: 'The browser could not read the file.' };
  }
}

/**
 * "Save design" downloads the last valid design as a JSON design file; "Open design…" reads one back.
 * The file input stays hidden: a real button opens it, so keyboard and screen-reader users get one
 * ordinary control. Reading and writing design files (the schema, zod) loads on first use.
 */
export function DesignFileButtons() {
  const inputRef = useRef<HTMLInputElement>(null);

  async function handleSave() {
    const { saveDesignFile } = await designFileActions();
    saveDesignFile((text, fileName) => saveFile(new TextEncoder().encode(text), fileName, JSON_MIME));
  }

  function handleOpen() {
    inputRef.current?.click();
  }

  async function handleFileChange(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Cleared, so choosing the same file again (after fixing it) is a change too.
    input.value = '';
    if (!file) return;
    const result = await readDesignFile(file);
    const { applyDesignFile } = await designFileActions();
    applyDesignFile(file.name, result);
  }

  return (
    <>
      <Button onClick={handleSave} title="Download the last valid design as a JSON file">
        Save design
      </Button>
      <Button onClick={handleOpen} title="Open a design file saved from the planner">
        Open design…
      </Button>
      <input
        ref={inputRef}
        type="file"
        accept={`.json,${JSON_MIME}`}
        hidden
        aria-label="Design file"
        data-testid="design-file-input"
        onChange={handleFileChange}
      />
    </>
  );
}
