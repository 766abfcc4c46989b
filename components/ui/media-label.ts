import type { CableMediaId } from '@/lib/catalog/cables';

export const MEDIA_LABELS: Record<CableMediaId, string> = {
  DAC: 'DAC',
  ACC: 'ACC',
  AEC: 'AEC',
  fiber: 'Fiber',
  cat6: 'Cat6',
};
