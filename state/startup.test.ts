import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { aDesign, DEFAULT_DESIGN } from '@/lib/design/schema';
import { encodeShareFragment, toBase64Url } from '@/lib/design/share-link';
import { encodeDesignDocument } from '@/lib/design/storage-codec';
import { DAMAGED_BACKUP_KEY, PREVIOUS_DESIGN_KEY, readPreviousDesign, resolveStartup } from './startup';

const mine = aDesign({ workerNodes: 48 });
const shared = aDesign({ workerNodes: 32, gpu: 'h200-nvl' });

describe('resolveStartup', () => {
  it('opens the RA reference design on a first visit, silently', () => {
    expect(resolveStartup({ storedText: null, hash: '' })).toEqual({
      design: DEFAULT_DESIGN,
      pendingEdits: {},
      notices: [],
      backups: {},
      clearHash: false,
    });
  });

  it('opens the saved design with its pending edits', () => {
    const result = resolveStartup({ storedText: encodeDesignDocument(mine, { podCidr: '1.2.3' }), hash: '' });
    expect(result.design).toEqual(mine);
    expect(result.pendingEdits).toEqual({ podCidr: '1.2.3' });
    expect(result.notices).toEqual([]);
  });

  it('keeps a damaged saved design under a backup key and says so', () => {
    const result = resolveStartup({ storedText: '{"schemaVersion":1,"design":{"gpu":', hash: '' });
    expect(result.design).toEqual(DEFAULT_DESIGN);
    expect(result.backups).toEqual({ [DAMAGED_BACKUP_KEY]: '{"schemaVersion":1,"design":{"gpu":' });
    expect(result.notices).toMatchObject([{ id: 'stored-damaged', tone: 'warning' }]);
    expect(result.notices[0]?.detail).toContain(DAMAGED_BACKUP_KEY);
  });

  it('treats a design from a newer planner as unreadable but keeps it', () => {
    const text = JSON.stringify({ schemaVersion: 7, design: {} });
    const result = resolveStartup({ storedText: text, hash: '' });
    expect(result.backups[DAMAGED_BACKUP_KEY]).toBe(text);
    expect(result.notices[0]?.detail).toContain('newer planner');
  });

  it('opens a share link, keeping the replaced design for restore', () => {
    const storedText = encodeDesignDocument(mine);
    const result = resolveStartup({ storedText, hash: `#${encodeShareFragment(shared)}` });
    expect(result.design).toEqual(shared);
    expect(result.clearHash).toBe(true);
    expect(result.backups).toEqual({ [PREVIOUS_DESIGN_KEY]: storedText });
    expect(result.notices).toMatchObject([{ id: 'link-opened', action: 'restore-previous' }]);
    expect(readPreviousDesign(result.backups[PREVIOUS_DESIGN_KEY] ?? null)?.design).toEqual(mine);
  });

  it('opens a share link of the same design without offering a restore', () => {
    const result = resolveStartup({
      storedText: encodeDesignDocument(shared),
      hash: encodeShareFragment(shared),
    });
    expect(result.backups).toEqual({});
    expect(result.notices[0]?.action).toBeUndefined();
  });

  it('keeps the saved design when the link is damaged', () => {
    const fragment = encodeShareFragment(shared);
    const result = resolveStartup({
      storedText: encodeDesignDocument(mine),
      hash: `#${fragment.slice(0, 40)}`,
    });
    expect(result.design).toEqual(mine);
    expect(result.backups).toEqual({});
    expect(result.notices).toMatchObject([{ id: 'link-damaged', tone: 'error' }]);
    expect(result.notices[0]?.detail).toContain('your saved design is unchanged');
  });

  it('explains a too-old link', () => {
    const old = toBase64Url(deflateSync(strToU8(JSON.stringify({ schemaVersion: 0, design: {} }))));
    const result = resolveStartup({ storedText: null, hash: `#d=${old}` });
    expect(result.design).toEqual(DEFAULT_DESIGN);
    expect(result.notices[0]?.detail).toContain('older planner version');
  });
});
