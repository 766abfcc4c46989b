'use client';

import { Button } from '@/components/ui/button';
import type { DesignInput } from '@/lib/design/schema';
import { applySizedDesign } from '@/state/workload-actions';

/** Fills the planner's design with a sized option's design, in one click. */
export function UseDesignButton({
  design,
  optionId,
  primary = false,
}: {
  design: DesignInput | null;
  optionId: string;
  primary?: boolean;
}) {
  if (!design) return null;
  return (
    <Button
      variant={primary ? 'primary' : 'secondary'}
      onClick={() => applySizedDesign(design, optionId)}
      aria-label={primary ? undefined : `Use this design: ${optionId}`}
      data-testid={primary ? 'use-recommended-design' : `use-design-${optionId}`}
    >
      Use this design
    </Button>
  );
}
