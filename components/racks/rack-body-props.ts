import type { ReactNode } from 'react';
import type { ClusterPlan } from '@/lib/plan/types';
import type { RackCables } from './rack-index';

/** What the Racks view hands its body, the floor (many racks) or the row of elevations (few). */
export interface RackBodyProps {
  plan: ClusterPlan;
  cables: ReadonlyMap<string, RackCables>;
  selected: string | null;
  linked: ReadonlySet<string>;
  select: (name: string | null) => void;
  panel: (onSelect: (name: string) => void) => ReactNode;
}
