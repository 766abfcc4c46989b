'use client';

import { createContext } from 'react';
import type { ClusterPlan } from '@/lib/plan/types';

/** The plan every view reads; provided once by the planner shell so it is computed once. */
export const PlanContext = createContext<ClusterPlan | null>(null);
