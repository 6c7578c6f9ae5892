import { useSearchParams } from 'react-router';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * An id a hall device is set up with, in its address (`?center=<id>`, `?window=<id>`), so the
 * device's start page (a bookmark, a kiosk-mode launcher) fixes it once. Anything that is not
 * an id reads as none; choosing none takes it out of the address.
 */
export function useIdParam(name: string): [string | undefined, (id: string | undefined) => void] {
  const [params, setParams] = useSearchParams();
  const raw = params.get(name) ?? '';
  const choose = (id: string | undefined) =>
    setParams((p) => {
      const next = new URLSearchParams(p);
      if (id) next.set(name, id);
      else next.delete(name);
      return next;
    });
  return [UUID.test(raw) ? raw : undefined, choose];
}

/** Which center a hall device serves: `?center=<id>`. */
export const useCenterParam = () => useIdParam('center');
