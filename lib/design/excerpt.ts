/**
 * A short, printable quote of a value the user typed, for messages: control characters shown as
 * escapes and anything past `max` characters cut, so a 4 MB paste gives a one-line message.
 */
export function quoteExcerpt(value: string, max = 40): string {
  const printable = JSON.stringify(value.length > max ? value.slice(0, max) : value).slice(1, -1);
  const cut = value.length > max ? `… (${value.length.toLocaleString('en-US')} characters)` : '';
  return `"${printable}"${cut}`;
}
