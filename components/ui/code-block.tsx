import type { ReactNode } from 'react';

/**
 * Preformatted text in its own scroll box. The box is a named Tab stop (a region), so keyboard users
 * can reach and scroll it (WCAG 2.1.1); its focus ring is drawn inside (globals.css).
 */
export function CodeBlock({
  label,
  children,
  className = '',
}: {
  label: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    // A named <section> is a region landmark, so the focused box is announced by its name.
    <section
      aria-label={label}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scroll box must be keyboard-reachable (WCAG 2.1.1).
      tabIndex={0}
      data-scroll-region
      className={`max-h-96 overflow-auto rounded bg-slate-50 dark:bg-slate-950 ${className}`}
    >
      <pre className="p-3 font-mono text-xs leading-relaxed text-slate-800 dark:text-slate-200">
        {children}
      </pre>
    </section>
  );
}
