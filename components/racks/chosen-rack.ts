import { create } from 'zustand';

/**
 * The rack whose elevation the floor shows. Kept outside the view so it survives a tab change (the
 * views unmount); not persisted: it only means something for the plan on screen.
 */
export const useChosenRack = create<{ chosen: string | null; choose: (name: string) => void }>((set) => ({
  chosen: null,
  choose: (chosen) => set({ chosen }),
}));
