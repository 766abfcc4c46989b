'use client';

/**
 * An inline script that runs while the HTML is parsed (before the first paint) and is inert on the
 * client: React warns about executable <script> elements it renders, so the client copy is text/plain.
 * (Next.js guide "Preventing flash before hydration".)
 */
export function InlineScript({ html }: { html: string }) {
  return (
    <script
      type={typeof window === 'undefined' ? 'text/javascript' : 'text/plain'}
      suppressHydrationWarning
      // biome-ignore lint/security/noDangerouslySetInnerHtml: constant scripts of ours, never user input.
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
