/**
 * Which notices to show. Notices arrive one by one (a link opened, a reset, a file refused) and would
 * pile up: the list shows one per message, newest first, at most a few; the rest wait behind a count.
 */
import type { Notice } from '@/state/planner-store';

/** Most notices shown at once. */
export const MAX_SHOWN_NOTICES = 3;

export interface ShownNotice {
  notice: Notice;
  /** Ids of every stored notice with this message (dismissing it dismisses them all). */
  ids: string[];
}

export interface NoticeQueue {
  shown: ShownNotice[];
  /** Ids of the older notices not shown, one message each. */
  hiddenIds: string[];
  /** Older messages not shown. */
  hiddenCount: number;
}

const messageOf = (n: Notice) => `${n.tone}\u0000${n.title}\u0000${n.detail}\u0000${n.action ?? ''}`;

/** `notices` in arrival order (the store appends), as shown: deduplicated, newest first, capped. */
export function noticeQueue(notices: readonly Notice[], max = MAX_SHOWN_NOTICES): NoticeQueue {
  const byMessage = new Map<string, ShownNotice>();
  for (let i = notices.length - 1; i >= 0; i--) {
    const notice = notices[i]!;
    const key = messageOf(notice);
    const seen = byMessage.get(key);
    if (seen) seen.ids.push(notice.id);
    else byMessage.set(key, { notice, ids: [notice.id] });
  }
  const newestFirst = [...byMessage.values()];
  const hidden = newestFirst.slice(max);
  return {
    shown: newestFirst.slice(0, max),
    hiddenIds: hidden.flatMap((h) => h.ids),
    hiddenCount: hidden.length,
  };
}
