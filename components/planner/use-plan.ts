'use client';

import { useContext } from 'react';
import type { ClusterPlan } from '@/lib/plan/types';
import { PlanContext } from './plan-context';

export function usePlan(): ClusterPlan {
  const plan = useContext(PlanContext);
  if (!plan) throw new Error('usePlan must be used inside the planner shell (PlanContext)');
  return plan;
}
