import { describe, expect, it } from 'vitest';
import type { Notice } from '@/state/planner-store';
import { MAX_SHOWN_NOTICES, noticeQueue } from './notice-queue';

const aNotice = (id: string, o: Partial<Notice> = {}): Notice => ({
  id,
  tone: 'info',
  title: `Title ${id}`,
  detail: `Detail ${id}`,
  ...o,
});

describe('noticeQueue', () => {
  it('shows nothing without notices', () => {
    expect(noticeQueue([])).toEqual({ shown: [], hiddenIds: [], hiddenCount: 0 });
  });

  it('shows the newest first', () => {
    const { shown } = noticeQueue([aNotice('a'), aNotice('b')]);
    expect(shown.map((s) => s.notice.id)).toEqual(['b', 'a']);
  });

  it(`keeps the newest ${MAX_SHOWN_NOTICES} and counts the older ones`, () => {
    const notices = ['a', 'b', 'c', 'd', 'e'].map((id) => aNotice(id));
    const queue = noticeQueue(notices);
    expect(queue.shown.map((s) => s.notice.id)).toEqual(['e', 'd', 'c']);
    expect(queue.hiddenCount).toBe(2);
    expect(queue.hiddenIds.sort()).toEqual(['a', 'b']);
  });

  it('shows one notice per message, the newest, and dismissing it names every copy', () => {
    const same = { title: 'Nothing to restore', detail: 'No earlier design is kept in this browser.' };
    const queue = noticeQueue([aNotice('x', same), aNotice('other'), aNotice('y', same)]);
    expect(queue.shown.map((s) => s.notice.id)).toEqual(['y', 'other']);
    expect(queue.shown[0]!.ids.sort()).toEqual(['x', 'y']);
    expect(queue.hiddenCount).toBe(0);
  });

  it('keeps notices apart that differ in tone or action', () => {
    const base = { title: 'T', detail: 'D' };
    const queue = noticeQueue([
      aNotice('a', base),
      aNotice('b', { ...base, tone: 'error' }),
      aNotice('c', { ...base, action: 'restore-previous' }),
    ]);
    expect(queue.shown).toHaveLength(3);
  });
});
