import { useEffect, useRef } from 'react';

/**
 * Asks for full screen while `active` and gives it back after. If the browser leaves full screen by
 * itself (its own Esc, which the page never sees), `onExit` is called so presenter mode ends too.
 * A refused request (no user gesture, an embedded frame, a headless browser) only means no full screen.
 */
export function useFullscreen(active: boolean, onExit: () => void): void {
  const entered = useRef(false);
  useEffect(() => {
    if (!active || typeof document === 'undefined') return;
    const root = document.documentElement;
    if (!document.fullscreenElement && root.requestFullscreen) {
      root.requestFullscreen().then(
        () => (entered.current = true),
        () => (entered.current = false),
      );
    }
    const onChange = () => {
      if (!document.fullscreenElement && entered.current) {
        entered.current = false;
        onExit();
      }
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      if (entered.current && document.fullscreenElement) {
        entered.current = false;
        document.exitFullscreen().catch(() => {});
      }
    };
  }, [active, onExit]);
}
