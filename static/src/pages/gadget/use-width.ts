import { useEffect, useState } from 'react';

/**
 * The width of the gadget's frame (Jira sizes the iframe; the dashboard's column decides), followed
 * with a ResizeObserver so the layout switches when the dashboard changes.
 */
export function useFrameWidth(): number {
  const [width, setWidth] = useState(() => document.documentElement.clientWidth);
  useEffect(() => {
    const el = document.documentElement;
    const observer = new ResizeObserver(() => setWidth(el.clientWidth));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return width;
}
