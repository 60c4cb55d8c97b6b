// Tells the bench when a comparison is on screen: after the render that shows the data is committed
// (the effect) and the frame that paints it has begun (one requestAnimationFrame).
import { useEffect } from 'preact/hooks';

export function usePainted(ready: boolean, key: unknown): void {
  useEffect(() => {
    if (!ready) return;
    const frame = requestAnimationFrame(() => {
      document.documentElement.dataset.comparisonPainted = String(performance.now());
    });
    return () => cancelAnimationFrame(frame);
  }, [ready, key]);
}
