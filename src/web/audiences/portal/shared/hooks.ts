import { useEffect, useState, useSyncExternalStore } from 'react';

/** `value`, once it has stopped changing for `ms`. */
export function useDebounced<T>(value: T, ms = 350): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/** Each page names itself in the browser tab and for screen readers (WCAG 2.4.2). */
export function useDocumentTitle(title: string | undefined, site: string) {
  useEffect(() => {
    document.title = title ? `${title} - ${site}` : site;
  }, [title, site]);
}

const LARGE_TEXT = 'ow.portal.largeText';
const listeners = new Set<() => void>();
const readLarge = () => typeof localStorage !== 'undefined' && localStorage.getItem(LARGE_TEXT) === '1';

/** 适老化: the large-text mode, remembered on this device. */
export function useLargeText(): [boolean, (on: boolean) => void] {
  const large = useSyncExternalStore(
    (fn) => {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    readLarge,
    () => false,
  );
  const set = (on: boolean) => {
    if (on) localStorage.setItem(LARGE_TEXT, '1');
    else localStorage.removeItem(LARGE_TEXT);
    listeners.forEach((fn) => fn());
  };
  return [large, set];
}
