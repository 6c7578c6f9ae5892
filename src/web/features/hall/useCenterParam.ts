import { useSearchParams } from 'react-router';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Which center a hall device serves: `?center=<id>` in its address, so the device's start page
 * (a bookmark, a kiosk-mode launcher) fixes it once. Anything that is not an id reads as none.
 */
export function useCenterParam(): [string | undefined, (id: string) => void] {
  const [params, setParams] = useSearchParams();
  const raw = params.get('center') ?? '';
  const choose = (id: string) =>
    setParams((p) => {
      const next = new URLSearchParams(p);
      next.set('center', id);
      return next;
    });
  return [UUID.test(raw) ? raw : undefined, choose];
}
