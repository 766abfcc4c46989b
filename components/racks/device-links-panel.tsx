'use client';

import { shortDeviceName } from '@/components/topology/topology-graph';
import { Badge } from '@/components/ui/badge';
import { formatKW, formatM } from '@/components/ui/format';
import { MEDIA_LABELS } from '@/components/ui/media-label';
import { PartNumber } from '@/components/ui/part-number';
import { plural } from '@/components/ui/plural';
import { ROLE_LABEL } from '@/components/ui/role-style';
import type { PlacedDevice } from '@/lib/plan/types';
import type { DeviceLink } from './rack-index';

const NETWORK_LABEL: Record<DeviceLink['network'], string> = {
  'east-west': 'East-west',
  'leaf-spine': 'Leaf-spine',
  'spine-superspine': 'Spine to super-spine',
  'north-south': 'North-south',
  oob: 'OOB',
};

/**
 * The selected device and every link it has: far end, its cable's label (the same on both ends and in
 * the cabling CSV and label sheet), media, length and speed, from the cable plan.
 */
export function DeviceLinksPanel({
  device,
  links,
  onSelect,
}: {
  device: PlacedDevice | null;
  links: DeviceLink[];
  onSelect: (name: string) => void;
}) {
  if (!device) {
    return (
      <div className="p-4 text-sm text-slate-600 dark:text-slate-400" data-testid="device-links-empty">
        Select a device in a rack (click it, or Tab to a rack and use the arrow keys and Enter) to list its
        links with their lengths and media.
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-3 p-4" data-testid="device-links">
      <div>
        <h3 className="text-sm font-semibold" data-testid="selected-device">
          {device.name}
        </h3>
        <p className="text-xs text-slate-600 dark:text-slate-400">
          {ROLE_LABEL[device.role]} · {device.rack} U{device.u}
          {device.heightU > 1 ? `-${device.u + device.heightU - 1}` : ''} ·{' '}
          {formatKW(device.powerMaxW / 1000)} max, {formatKW(device.powerTypicalW / 1000)} typical · part{' '}
          {device.partId}
        </p>
      </div>
      <p className="text-xs font-medium text-slate-700 dark:text-slate-300">{plural(links.length, 'link')}</p>
      <table className="w-full text-xs" aria-label={`Links of ${device.name}`}>
        <thead className="text-left text-slate-600 dark:text-slate-400">
          <tr>
            <th className="py-1 pr-1 font-medium">Port</th>
            <th className="py-1 pr-1 font-medium">To</th>
            <th className="py-1 pr-1 font-medium">Media</th>
            <th className="py-1 text-right font-medium">Length</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {links.map((link) => (
            <tr key={`${link.cableId}-${link.localPort}`}>
              <td className="py-1 pr-1 align-top font-mono">{link.localPort}</td>
              <td className="py-1 pr-1 align-top">
                <button
                  type="button"
                  onClick={() => onSelect(link.remote.device)}
                  className="text-left text-sky-800 underline-offset-2 hover:underline dark:text-sky-300"
                  title={`Select ${link.remote.device}`}
                >
                  {shortDeviceName(link.remote.device)}:{link.remote.port}
                </button>
                <span className="block text-slate-600 dark:text-slate-400">
                  {link.remote.rack} U{link.remote.u} · {NETWORK_LABEL[link.network]} · {link.speedGbps}G
                </span>
                <span className="block text-slate-700 dark:text-slate-300" data-testid="link-label">
                  Label <span className="font-mono font-medium">{link.label}</span>
                </span>
              </td>
              <td className="py-1 pr-1 align-top">
                <Badge>{MEDIA_LABELS[link.media]}</Badge>
                <span className="block text-slate-600 dark:text-slate-400" title={link.cableId}>
                  <PartNumber value={link.partNumber} />
                  {link.splitter ? ' (splitter)' : ''}
                </span>
              </td>
              <td className="py-1 text-right align-top tabular-nums">{formatM(link.lengthM)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
