import { useSyncExternalStore } from 'react';

/** antd's lg breakpoint: below it the console uses its phone layout (menu drawer, cards). */
export const WIDE_QUERY = '(min-width: 992px)';

/** Whether a media query matches, kept up to date; right from the first render (no flash). */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => window.matchMedia(query).matches,
    () => true,
  );
}

/** A screen at least as wide as antd's lg breakpoint (992 px). */
export function useWideScreen(): boolean {
  return useMediaQuery(WIDE_QUERY);
}
