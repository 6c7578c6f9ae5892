import { useEffect } from 'react';

/**
 * A visitor may walk away half-way: after `seconds` without a touch the kiosk goes back to the
 * start, so the next person never finds someone else's half-typed ID number.
 */
export function useIdleReturn(active: boolean, seconds: number, onIdle: () => void) {
  useEffect(() => {
    if (!active) return;
    let timer = window.setTimeout(onIdle, seconds * 1000);
    const reset = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(onIdle, seconds * 1000);
    };
    window.addEventListener('pointerdown', reset);
    window.addEventListener('keydown', reset);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('pointerdown', reset);
      window.removeEventListener('keydown', reset);
    };
  }, [active, seconds, onIdle]);
}
