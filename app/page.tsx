import { PlannerApp } from '@/components/planner/planner-app';

export default function HomePage() {
  return <PlannerApp />;
}
