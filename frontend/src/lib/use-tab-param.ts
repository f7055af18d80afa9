import { useSearchParams } from 'react-router';

interface Options {
  /** Drop every other search parameter on a change (a tab's own filters and cursor do not carry over). */
  clearOthers?: boolean;
}

/**
 * The active tab of a page, kept in the URL as `?tab=` (shareable, reloadable, back button):
 * an unknown or missing value is the first tab, and choosing the first tab removes the
 * parameter so the plain URL stays short. Other parameters are kept unless `clearOthers`.
 */
export function useTabParam<T extends string>(tabs: readonly T[], options: Options = {}): [T, (tab: string) => void] {
  const [params, setParams] = useSearchParams();
  const asked = params.get('tab');
  const first = tabs[0]!;
  const tab = asked !== null && (tabs as readonly string[]).includes(asked) ? (asked as T) : first;
  const setTab = (key: string) => {
    const next = options.clearOthers ? new URLSearchParams() : new URLSearchParams(params);
    if (key === first) next.delete('tab');
    else next.set('tab', key);
    setParams(next);
  };
  return [tab, setTab];
}
