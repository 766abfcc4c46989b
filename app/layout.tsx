import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { InlineScript } from '@/components/ui/inline-script';
import { THEME_BOOT_SCRIPT } from '@/state/theme';
import './globals.css';

export const metadata: Metadata = {
  title: 'AI Factory Planner',
  description: 'Design and sizing planner for the NVIDIA Enterprise AI Factory reference architecture',
};

export const viewport: Viewport = {
  colorScheme: 'light dark',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        {/* Before first paint: theme class and the "restoring" flag (see state/theme.ts). */}
        <InlineScript html={THEME_BOOT_SCRIPT} />
      </head>
      <body className="bg-slate-50 text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">
        {children}
      </body>
    </html>
  );
}
