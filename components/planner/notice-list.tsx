'use client';

import { Button } from '@/components/ui/button';
import { plural } from '@/components/ui/plural';
import type { Notice, NoticeTone } from '@/state/planner-store';
import { plannerStore, usePlannerStore } from '@/state/use-planner-store';
import { restorePreviousDesign } from './lazy-design-actions';
import { noticeQueue, type ShownNotice } from './notice-queue';

const TONE: Record<NoticeTone, string> = {
  info: 'border-sky-300 bg-sky-50 text-sky-950 dark:border-sky-800 dark:bg-sky-950/60 dark:text-sky-100',
  warning:
    'border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-800 dark:bg-amber-950/60 dark:text-amber-100',
  error: 'border-red-300 bg-red-50 text-red-950 dark:border-red-800 dark:bg-red-950/60 dark:text-red-100',
};

const selectNotices = (s: { notices: Notice[] }) => s.notices;

function dismissAll(ids: readonly string[]) {
  const { dismissNotice } = plannerStore.getState();
  for (const id of ids) dismissNotice(id);
}

function NoticeItem({ item }: { item: ShownNotice }) {
  const { notice, ids } = item;
  return (
    <div
      role={notice.tone === 'error' ? 'alert' : 'status'}
      data-testid={`notice-${notice.id}`}
      className={`flex flex-wrap items-start justify-between gap-x-4 gap-y-1 rounded-md border px-3 py-2 text-sm ${TONE[notice.tone]}`}
    >
      <div className="min-w-0 flex-1 basis-64">
        <p className="font-semibold">{notice.title}</p>
        <p className="break-words">{notice.detail}</p>
      </div>
      <div className="flex shrink-0 items-center gap-1">
        {notice.action === 'restore-previous' ? (
          <Button onClick={() => restorePreviousDesign(notice.id)}>Restore my previous design</Button>
        ) : null}
        <Button variant="ghost" onClick={() => dismissAll(ids)} aria-label={`Dismiss: ${notice.title}`}>
          Dismiss
        </Button>
      </div>
    </div>
  );
}

/**
 * Notices about what the planner opened (damaged storage, share links, reset, design files). They sit
 * below the workspace, in the page's flow, so they never cover the figures or a view: when one
 * arrives the views get shorter, and nothing on screen moves. One per message, the newest few.
 */
export function NoticeList() {
  const notices = usePlannerStore(selectNotices);
  if (notices.length === 0) return null;
  const { shown, hiddenIds, hiddenCount } = noticeQueue(notices);
  return (
    <section
      aria-label="Notices"
      data-testid="notices"
      className="flex max-h-[30vh] shrink-0 flex-col gap-2 overflow-y-auto border-t border-slate-200 bg-white px-4 py-2 dark:border-slate-800 dark:bg-slate-900"
    >
      {shown.map((item) => (
        <NoticeItem key={item.notice.id} item={item} />
      ))}
      {hiddenCount > 0 || shown.length > 1 ? (
        <div className="flex items-center justify-end gap-3 text-xs text-slate-600 dark:text-slate-400">
          {hiddenCount > 0 ? (
            <span data-testid="notices-hidden">and {plural(hiddenCount, 'earlier notice')}</span>
          ) : null}
          <Button variant="ghost" onClick={() => dismissAll([...shown.flatMap((s) => s.ids), ...hiddenIds])}>
            Dismiss all notices
          </Button>
        </div>
      ) : null}
    </section>
  );
}
