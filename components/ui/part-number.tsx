import { Fragment } from 'react';

/**
 * A part number that wraps only between its words, never inside one ("SYS-212GB-FNR" stays whole;
 * browsers would break it after a hyphen). The text is unchanged, so copying it gives the real number.
 */
export function PartNumber({ value, className = '' }: { value: string; className?: string }) {
  const words = value.split(' ');
  return (
    <span className={`font-mono ${className}`}>
      {words.map((word, i) => (
        <Fragment key={i}>
          {i > 0 ? ' ' : null}
          <span className="whitespace-nowrap">{word}</span>
        </Fragment>
      ))}
    </span>
  );
}
