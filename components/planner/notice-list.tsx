'use client';

import { Button } from '@/components/ui/button';
import { restorePreviousDesign } from '@/state/design-actions';
import type { Notice, NoticeTone } from '@/state/planner-store';
import { usePlannerStore } from '@/state/use-planner-store';

const TONE: Record<NoticeTone, string> = {
  info: 'border-sky-300 bg-sky-50 text-sky-950 dark:border-sky-800 dark:bg-sky-950/60 dark:text-sky-100',
  warning:
    'border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-800 dark:bg-amber-950/60 dark:text-amber-100',
  error: 'border-red-300 bg-red-50 text-red-950 dark:border-red-800 dark:bg-red-950/60 dark:text-red-100',
};

const selectNotices = (s: { notices: Notice[] }) => s.notices;

/** Notices about what the planner opened (damaged storage, share links, reset); each can be dismissed. */
export function NoticeList() {
  const notices = usePlannerStore(selectNotices);
  const dismiss = usePlannerStore((s) => s.dismissNotice);
  if (notices.length === 0) return null;
  return (
    // Floats over the views (fixed): notices arrive after the first paint and must not shift the layout.
    <div className="fixed top-16 right-4 z-40 flex w-[28rem] max-w-[calc(100vw-2rem)] flex-col gap-2">
      {notices.map((notice) => (
        <div
          key={notice.id}
          role={notice.tone === 'error' ? 'alert' : 'status'}
          data-testid={`notice-${notice.id}`}
          className={`flex items-start justify-between gap-4 rounded-md border px-3 py-2 text-sm shadow-lg ${TONE[notice.tone]}`}
        >
          <div>
            <p className="font-semibold">{notice.title}</p>
            <p>{notice.detail}</p>
          </div>
          <div className="flex shrink-0 flex-col items-end gap-1">
            {notice.action === 'restore-previous' ? (
              <Button onClick={() => restorePreviousDesign(notice.id)}>Restore my previous design</Button>
            ) : null}
            <Button
              variant="ghost"
              onClick={() => dismiss(notice.id)}
              aria-label={`Dismiss: ${notice.title}`}
            >
              Dismiss
            </Button>
          </div>
        </div>
      ))}
    </div>
  );
}
