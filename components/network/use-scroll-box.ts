'use client';

import { type UIEvent, useCallback, useLayoutEffect, useRef, useState } from 'react';

/** Tracks a scroll container's height and scroll position for windowing (as the rack grid does). */
export function useScrollBox<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [box, setBox] = useState({ height: 480, scrollTop: 0 });
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = () =>
      setBox((b) => (b.height === el.clientHeight ? b : { ...b, height: el.clientHeight }));
    update();
    const observer = new ResizeObserver(update);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  const handleScroll = useCallback((e: UIEvent<T>) => {
    const scrollTop = e.currentTarget.scrollTop;
    setBox((b) => (b.scrollTop === scrollTop ? b : { ...b, scrollTop }));
  }, []);
  /** Back to the first row (a new filter). */
  const scrollToTop = useCallback(() => {
    if (ref.current) ref.current.scrollTop = 0;
    setBox((b) => (b.scrollTop === 0 ? b : { ...b, scrollTop: 0 }));
  }, []);
  return { ref, box, handleScroll, scrollToTop };
}
