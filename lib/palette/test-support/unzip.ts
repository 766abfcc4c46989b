/** Unzips a bundle into name -> text, as a user's unzip tool would see it. */
import { strFromU8, unzipSync } from 'fflate';

export function unzipText(zip: Uint8Array): Record<string, string> {
  const files = unzipSync(zip);
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
}
