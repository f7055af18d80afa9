/** The screen width the matchMedia stub of setup.ts answers for; reset after each test. */
export const viewport = { desktop: 1440, width: 1440 };

/** Render as on a phone (390 px wide) for the rest of the test. */
export function phoneViewport() {
  viewport.width = 390;
}

/** Whether every (min-width: Npx) / (max-width: Npx) part of a media query holds at `width`. */
export function matchesWidth(query: string, width: number): boolean {
  const parts = [...query.matchAll(/\((min|max)-width:\s*([\d.]+)px\)/g)];
  if (parts.length === 0) return false;
  return parts.every(([, kind, px]) => (kind === 'min' ? width >= Number(px) : width <= Number(px)));
}
