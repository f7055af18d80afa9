import { ComingSoonPage } from '../ComingSoonPage';

/** Placeholder until the section's pages are built. */
export function InsightsPage() {
  return <ComingSoonPage section="insights" />;
}
