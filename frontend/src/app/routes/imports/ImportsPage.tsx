import { ComingSoonPage } from '../ComingSoonPage';

/** Placeholder until the section's pages are built. */
export function ImportsPage() {
  return <ComingSoonPage section="imports" />;
}
